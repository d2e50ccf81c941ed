import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./x1-carry-over.js";

const prev = testReport({ year: 2023, cells: { "applications.carried_forward.natural": 2, "applications.carried_forward.total": 2 } });

describe("X1 结转衔接", () => {
  it("does nothing without a previous report, and passes when the carry-over matches", () => {
    const now = testReport({ cells: { "applications.carried_over.natural": 2, "applications.carried_over.total": 2 } });
    expect(runRule(rule, now)).toEqual([]);
    expect(runRule(rule, now, { previous: prev })).toEqual([]);
  });
  it("reports each column whose carry-over differs from last year's carried-forward", () => {
    const now = testReport({ cells: { "applications.carried_over.natural": 1, "applications.carried_over.total": 1 } });
    const fs = runRule(rule, now, { previous: prev });
    expect(fs.map((f) => f.cells[0]).sort()).toEqual(["applications.carried_over.natural", "applications.carried_over.total"]);
    expect(fs[0]).toMatchObject({ family: "cross-year", severity: "error", expected: 2, actual: 1 });
    expect(fs[0]?.data.prevYear).toBe(2023);
  });
  it("is a warning when the issuer changed", () => {
    const now = testReport({ issuer: "某县人民政府办公室", cells: { "applications.carried_over.total": 1, "applications.carried_over.natural": 1 } });
    expect(runRule(rule, now, { previous: prev })[0]?.severity).toBe("warning");
  });
});
