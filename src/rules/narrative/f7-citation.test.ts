import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./f7-citation.js";

const report = (other: string) => testReport({ sections: { other } });

describe("F7 文号格式", () => {
  it("passes a well-formed number", () => {
    expect(runRule(rule, report("按照《…办法》（国办函〔2020〕109号）规定，本年度未产生信息处理费。"))).toEqual([]);
  });
  it("reports a lost closing bracket (003) with the corrected form", () => {
    const [f] = runRule(rule, report("按照《…的通知》(国办函〔2020109号)规定的按件、按量收费标准,本年度未产生信息处理费。"));
    expect(f).toMatchObject({ family: "citation-format", messageId: "missing-close", severity: "warning" });
    expect(f?.data).toMatchObject({ seen: "国办函〔2020109号", suggested: "国办函〔2020〕109号" });
  });
  it("reports a lost opening bracket and wrong bracket kinds", () => {
    expect(runRule(rule, report("依据国办函2020〕109号。"))[0]?.messageId).toBe("missing-open");
    expect(runRule(rule, report("依据国办函[2020]109号。"))[0]).toMatchObject({ messageId: "wrong-bracket", severity: "info" });
  });
});
