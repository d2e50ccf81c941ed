import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./b5-domain.js";

describe("B5 非负整数", () => {
  it("passes on whole non-negative counts and a decimal fee", () => {
    expect(runRule(rule, testReport({ cells: { "active.licensing.decisions": 12, "active.fees.amount_wan_yuan": 4749.8742 } }))).toEqual([]);
  });
  it("fails on a negative count and on a fractional count", () => {
    const fs = runRule(rule, testReport({ cells: { "review.upheld": -1, "review.total": -1, "active.punishment.decisions": 2.5 } }));
    expect(fs.map((f) => [f.messageId, f.cells[0]]).sort()).toEqual([
      ["fractional", "active.punishment.decisions"],
      ["negative", "review.total"],
      ["negative", "review.upheld"],
    ]);
    expect(fs.every((f) => f.family === "implausible-value")).toBe(true);
  });
});
