import { describe, expect, it } from "vitest";
import { consistentApplications, runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./b2-column-sum.js";

describe("B2 办理结果之和", () => {
  it("passes on a consistent table", () => {
    expect(runRule(rule, testReport({ cells: consistentApplications() }))).toEqual([]);
  });
  it("fails when the outcome rows do not add up to （七）总计", () => {
    const cells = { ...consistentApplications(), "applications.other.other.natural": 2 };
    const [f, ...rest] = runRule(rule, testReport({ cells }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "B2", family: "column-sum", cells: ["applications.total.natural"], expected: 18, actual: 16, difference: -2 });
    expect(f?.operands?.length).toBe(22);
    expect(f?.data).toMatchObject({ column: "自然人", row: "（七）总计" });
  });
});
