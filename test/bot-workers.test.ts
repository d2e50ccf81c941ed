// Analysis off the main thread: the worker pool gives the same findings as the core, queues
// reports, and abandons one that overruns its time limit with a Chinese reason (no hang).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AnalyzePool } from "../src/bot/analyze-pool.js";
import { isInputError } from "../src/model/errors.js";
import { type Harness, startHarness } from "./bot-harness.js";
import { CORPUS_DERIVED, SEEDS_DIR, seedCases } from "./helpers/gold.js";

const GOLD_002 = seedCases().find((c) => c.stem === "002_4ae575586cf2a2c2")!.gold;
let pool: AnalyzePool | undefined;
let h: Harness | undefined;
afterEach(async () => {
  await pool?.close();
  await h?.close();
  pool = undefined;
  h = undefined;
});

describe("AnalyzePool", () => {
  it("analyses in a worker thread: queued reports all come back, with the gold findings", async () => {
    pool = new AnalyzePool(1, 60_000, 30 * 1024 * 1024);
    const text = readFileSync(join(SEEDS_DIR, "002_4ae575586cf2a2c2.txt"), "utf8");
    const [a, b, bad] = await Promise.allSettled([
      pool.analyze({ text, name: "粘贴" }),
      pool.analyze({ bytes: readFileSync(join(CORPUS_DERIVED, "002_4ae575586cf2a2c2.docx")), name: "x.docx" }),
      pool.analyze({ bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), name: "坏.docx" }),
    ]);
    for (const r of [a, b]) {
      expect(r.status).toBe("fulfilled");
      if (r.status !== "fulfilled") continue;
      expect(r.value.report.issuer).toBe(GOLD_002.issuer);
      for (const g of GOLD_002.expected_findings.filter((x) => x.family === "row-sum"))
        expect(r.value.findings.some((f) => f.family === "row-sum" && f.cells.includes(g.cells[0]!))).toBe(true);
    }
    // A bad file is an InputError again on this side of the thread boundary.
    expect(bad.status).toBe("rejected");
    if (bad.status === "rejected") expect(isInputError(bad.reason)).toBe(true);
  });

  it("abandons a report that overruns the time limit and keeps serving", async () => {
    // 50 ms is less than a worker needs to start: the first report overruns for certain.
    pool = new AnalyzePool(1, 50, 30 * 1024 * 1024);
    const err = await pool.analyze({ text: "一、总体情况", name: "x" }).catch((e: unknown) => e);
    expect(isInputError(err) && err.zh).toMatch(/处理时间过长/);
  });
});

describe("bot with analysis workers", () => {
  it("checks a .docx through the worker pool", async () => {
    h = await startHarness({ env: { JIAOHE_BOT_WORKERS: "1" } });
    h.tg.sendDocument(801, readFileSync(join(CORPUS_DERIVED, "002_4ae575586cf2a2c2.docx")), "卢氏县.docx");
    const summary = await h.tg.waitFor(() => h!.tg.messagesTo(801).find((m) => /发现 \d+ 个问题/.test(m.text)), 30_000);
    expect(summary.text).toContain("表三");
    expect(h.tg.violations()).toEqual([]);
  });
});
