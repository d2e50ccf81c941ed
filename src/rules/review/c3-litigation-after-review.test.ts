import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./c3-litigation-after-review.js";

describe("C3", () => {
  it("passes when the block adds up", () => {
    expect(runRule(rule, testReport({ cells: { "litigation_after_review.upheld": 2, "litigation_after_review.pending": 1, "litigation_after_review.total": 3 } }))).toEqual([]);
  });
  it("fails when 总计 differs from the four results", () => {
    const [f, ...rest] = runRule(rule, testReport({ cells: { "litigation_after_review.upheld": 2, "litigation_after_review.pending": 1, "litigation_after_review.total": 4 } }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "C3", family: "review-sum", cells: ["litigation_after_review.total"], expected: 3, actual: 4, difference: 1 });
  });
  it("skips when 总计 is not given", () => {
    expect(runRule(rule, testReport({ cells: { "litigation_after_review.upheld": 2, "litigation_after_review.total": null } }))).toEqual([]);
  });
});
