import { describe, expect, it } from "vitest";
import { consistentApplications, runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./b1-balance.js";

describe("B1 办理平衡", () => {
  it("passes when 一 + 二 = （七） + 四 in every column", () => {
    expect(runRule(rule, testReport({ cells: consistentApplications() }))).toEqual([]);
  });
  it("fails per column and names both judged cells", () => {
    const cells = { ...consistentApplications(), "applications.carried_forward.total": 3 };
    const [f, ...rest] = runRule(rule, testReport({ cells }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "B1", family: "balance", severity: "error", messageId: "unbalanced", expected: 17, actual: 19, difference: 2 });
    expect(f?.cells).toEqual(["applications.total.total", "applications.carried_forward.total"]);
    expect(f?.data).toMatchObject({ column: "总计", expected: "17", actual: "19", diff: "2" });
    expect(f?.message).toContain("「总计」列");
  });
  it("skips a column whose （七）总计 is not given", () => {
    const cells = { ...consistentApplications(), "applications.total.total": null, "applications.new.total": 99 };
    expect(runRule(rule, testReport({ cells }))).toEqual([]);
  });
});
