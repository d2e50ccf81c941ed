// Re-running on a changed folder: an edited file is read and checked again (nothing stale), an
// unchanged one comes from the cache, problems that did not change keep their finding ids, and a
// new tool version reuses nothing.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runReview } from "../src/review/run.js";
import type { ReviewResult } from "../src/review/types.js";
import { SEEDS_DIR } from "./helpers/gold.js";
import { reportOf, tempDir } from "./review-support.js";

const S000 = "000_855a3ef0bc8273b0.txt";
const S002 = "002_4ae575586cf2a2c2.txt";

describe("review cache", () => {
  it("reuses nothing stale and keeps the ids of unchanged problems", async () => {
    const dir = tempDir("review-folder");
    const cacheDir = tempDir("review-cache2");
    for (const f of [S000, S002]) copyFileSync(join(SEEDS_DIR, f), join(dir, f));
    const run = (version?: string): Promise<ReviewResult> => runReview({ inputs: [dir], jobs: 1, cacheDir, ...(version ? { version } : {}) });

    const first = await run();
    expect(first.totals.cachedParse).toBe(0);
    const before = reportOf(first, S002);
    expect(before?.findings.some((f) => f.family === "implausible-value" && f.cells.includes("active.fees.amount_wan_yuan"))).toBe(true);

    // The clerk corrects the fee (万元, not 元); the table's row-sum problems stay as they were.
    const text = readFileSync(join(dir, S002), "utf8");
    expect(text).toContain("5268464.2119");
    writeFileSync(join(dir, S002), text.replace("5268464.2119", "526.8464"));

    const second = await run();
    const r000 = reportOf(second, S000);
    const r002 = reportOf(second, S002);
    expect(r000?.cached).toEqual({ parse: true, check: true });
    expect(r002?.cached).toEqual({ parse: false, check: false });
    expect(r002?.sha256).not.toBe(before?.sha256);
    expect(r002?.report.cells["active.fees.amount_wan_yuan"]?.value).toBe(526.8464);
    expect(r002?.findings.some((f) => f.family === "implausible-value" && f.cells.includes("active.fees.amount_wan_yuan"))).toBe(false);
    const rowSums = (r: typeof before) => (r?.findings ?? []).filter((f) => f.family === "row-sum").map((f) => f.id).sort();
    expect(rowSums(before).length).toBeGreaterThan(0);
    expect(rowSums(r002)).toEqual(rowSums(before));
    expect(reportOf(second, S000)?.findings.map((f) => f.id)).toEqual(reportOf(first, S000)?.findings.map((f) => f.id));

    // Another jiaohe (a changed parser or rule) must not be served the old results.
    const third = await run("9.9.9-test");
    expect(third.totals.cachedParse).toBe(0);
    expect(third.totals.cachedCheck).toBe(0);
  }, 120_000);
});
