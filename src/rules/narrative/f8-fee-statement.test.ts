import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./f8-fee-statement.js";

describe("F8 信息处理费说明", () => {
  it("passes when 六 mentions the fee", () => {
    expect(runRule(rule, testReport({ sections: { other: "2024年，本机关未发生收取信息处理费情况。" } }))).toEqual([]);
  });
  it("warns when 六 says nothing about it", () => {
    const [f] = runRule(rule, testReport({ sections: { other: "无其他需要报告的事项。" } }));
    expect(f).toMatchObject({ severity: "warning", messageId: "no-fee-statement" });
    expect(f?.data.heading).toBe("六、其他需要报告的事项");
  });
});

describe("F8 before 2021", () => {
  it("does not apply to reports before the fee rules took effect", () => {
    expect(runRule(rule, testReport({ year: 2020, sections: { other: "无其他需要报告的事项。" } }))).toEqual([]);
  });
});
