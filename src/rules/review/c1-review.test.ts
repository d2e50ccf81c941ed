import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import c1 from "./c1-review.js";
import c2 from "./c2-litigation-direct.js";
import c3 from "./c3-litigation-after-review.js";

describe("C1–C3 复议诉讼总计", () => {
  const ok = { "review.upheld": 8, "review.corrected": 1, "review.total": 9, "litigation_direct.pending": 2, "litigation_direct.total": 2, "litigation_after_review.other": 1, "litigation_after_review.total": 1 };
  it("passes when each block adds up", () => {
    for (const r of [c1, c2, c3]) expect(runRule(r, testReport({ cells: ok }))).toEqual([]);
  });
  it("fails per block (洪泽区 2023: 10 + 1 + 0 + 0 = 11 but 总计 0)", () => {
    const cells = { ...ok, "review.upheld": 10, "review.corrected": 1, "review.total": 0, "litigation_direct.total": 3, "litigation_after_review.upheld": 5, "litigation_after_review.total": 0 };
    const [f1] = runRule(c1, testReport({ cells }));
    expect(f1).toMatchObject({ rule: "C1", family: "review-sum", cells: ["review.total"], expected: 11, actual: 0 });
    expect(f1?.data).toMatchObject({ row: "行政复议", column: "总计", formula: "10 + 1 + 0 + 0" });
    expect(runRule(c2, testReport({ cells }))[0]).toMatchObject({ cells: ["litigation_direct.total"], expected: 2, actual: 3 });
    expect(runRule(c3, testReport({ cells }))[0]).toMatchObject({ cells: ["litigation_after_review.total"], expected: 6, actual: 0 });
  });
});
