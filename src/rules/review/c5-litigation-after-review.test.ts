import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./c5-litigation-after-review.js";

const prev = (reviews: number) => testReport({ year: 2023, cells: { "review.total": reviews } });
const now = (reviews: number, after: number) => testReport({ cells: { "review.total": reviews, "litigation_after_review.total": after } });

describe("C5 复议后起诉的合理性", () => {
  it("does nothing without the previous report", () => {
    expect(runRule(rule, now(0, 5))).toEqual([]);
  });
  it("passes when the lawsuits after reconsideration fit within two years of reconsiderations", () => {
    expect(runRule(rule, now(2, 5), { previous: prev(3) })).toEqual([]);
  });
  it("notes more lawsuits after reconsideration than this year's and last year's reconsiderations", () => {
    const [f] = runRule(rule, now(2, 6), { previous: prev(3) });
    expect(f).toMatchObject({ rule: "C5", family: "implausible-value", severity: "info", cells: ["litigation_after_review.total"], expected: 5, actual: 6 });
    expect(f?.message).toContain("6");
    expect(f?.operands?.map((o) => o.value)).toEqual([6, 2, 3]);
  });
  it("stays silent when a count is not given", () => {
    expect(runRule(rule, testReport({ cells: { "review.total": null, "litigation_after_review.total": 6 } }), { previous: prev(3) })).toEqual([]);
  });
});
