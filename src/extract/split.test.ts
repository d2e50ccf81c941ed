import { describe, expect, it } from "vitest";
import { type Ctx, setSplit } from "./context.js";
import { agreed, splitRuns } from "./split.js";

const rowSum = (p: number[]) => p.slice(0, 6).reduce((a, b) => a + b, 0) === p[6];

describe("splitRuns (flattened digit runs)", () => {
  it("a run of zeros has one split", () => {
    expect(splitRuns(["000"], 3, () => true).solutions).toEqual([[0, 0, 0]]);
  });
  it("parts never have leading zeros", () => {
    const { solutions } = splitRuns(["1005"], 2, () => true);
    expect(solutions).toEqual([[100, 5]]); // not [1, 005] nor [10, 05]
    for (const s of splitRuns(["10203"], 3, () => true).solutions) for (const v of s) expect(String(v)).toMatch(/^(0|[1-9]\d*)$/);
  });
  it("the row identity picks the split of a 2024 平潭 row (217 自然人, 1 商业企业, 总计 218)", () => {
    const { solutions } = splitRuns(["21710000218"], 7, rowSum);
    expect(solutions).toEqual([[217, 1, 0, 0, 0, 0, 218]]);
  });
  it("several runs each give at least one part", () => {
    const { solutions } = splitRuns(["500000", "5"], 7, rowSum);
    expect(solutions).toEqual([[5, 0, 0, 0, 0, 0, 5]]);
  });
  it("a signed run gives its first part the sign", () => {
    const { solutions } = splitRuns(["2648", "-18538"], 3, (p) => p[0]! >= 0 && p[1]! < 0 && p[2]! >= 0);
    expect(agreed(solutions, 3)).toEqual([2648, null, null]);
    for (const s of solutions) expect(s[1]).toBeLessThan(0);
  });
  it("ambiguous runs: agreed() keeps only the positions all splits share", () => {
    const { solutions } = splitRuns(["270020130"], 7, rowSum);
    expect(solutions.length).toBeGreaterThan(1);
    const a = agreed(solutions, 7);
    expect(a[6]).toBe(30);
    expect(a.some((v) => v === null)).toBe(true);
  });
  it("too few digits or too many runs: no split", () => {
    expect(splitRuns(["12"], 3, () => true).solutions).toEqual([]);
    expect(splitRuns(["1", "2", "3", "4"], 3, () => true).solutions).toEqual([]);
  });
  it("stops at the step limit and says so", () => {
    const r = splitRuns(["123456789012345678901234567890"], 15, () => true, () => true, 1000);
    expect(r.truncated).toBe(true);
  });
});

describe("setSplit", () => {
  it("settles the cells every split agrees on and returns the others, left ambiguous with their candidates", () => {
    const ctx = { cells: {}, deviations: [], issues: [], flattened: true } as unknown as Ctx;
    const loc = { offset: 0, length: 3, line: 1, column: 1 };
    const open = setSplit(ctx, ["a", "b", "c"], [[1, 2, 3], [1, 3, 2]], { raw: "123", loc, settle: true, note: "拆分" });
    expect(open).toEqual(["b", "c"]);
    expect(ctx.cells.a).toMatchObject({ value: 1, state: "number", note: "拆分" });
    expect(ctx.cells.b).toMatchObject({ value: null, state: "ambiguous", candidates: [2, 3] });
    expect(setSplit(ctx, ["a", "b", "c"], [[1, 2, 3]], { raw: "123", loc, settle: false })).toEqual(["a", "b", "c"]);
  });
});
