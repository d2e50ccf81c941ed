import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./n-pct.js";

const overview = "结转下年度继续办理 1 件，答复率 100%。";

describe("N-PCT 办结率", () => {
  it("passes when nothing is carried forward", () => {
    expect(runRule(rule, testReport({ sections: { overview } }))).toEqual([]);
  });
  it("notes 100% with a carry-forward (002)", () => {
    const [f] = runRule(rule, testReport({ sections: { overview }, cells: { "applications.carried_forward.total": 1, "applications.carried_forward.natural": 1 } }));
    expect(f).toMatchObject({ severity: "info", family: "narrative-mismatch", cells: ["applications.carried_forward.total"], actual: 1 });
    expect(f?.data.quote).toBe("答复率100%");
  });
});
