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

describe("B2 in the 2019 format", () => {
  it("does not treat the absent （六） sub-items as a gap that could explain a difference", () => {
    const cells = {
      ...consistentApplications(),
      "applications.total.natural": 20,
      "applications.other.no_correction.natural": null,
      "applications.other.no_fee.natural": null,
    };
    const [f] = runRule(rule, testReport({ format: "2019", year: 2020, cells }));
    expect(f).toMatchObject({ severity: "error", expected: 16, actual: 20 });
    expect(f?.assumptions).toBeUndefined();
  });
});
