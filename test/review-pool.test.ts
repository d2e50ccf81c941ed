// The parts of a run a person only notices when they go wrong: a task that hangs is cut off and
// reported (the pool goes on with the next), and progress is a redrawn bar on a terminal but
// plain lines in a log.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TaskPool } from "../src/review/pool.js";
import { progressReporter } from "../src/review/progress.js";
import type { AnalyzeOutcome } from "../src/review/tasks.js";
import { SEEDS_DIR } from "./helpers/gold.js";

const SEED = join(SEEDS_DIR, "001_2b0699a3dfee169a.txt");

describe("task pool", () => {
  it("cuts off a task over its time limit, reports it, and keeps serving", async () => {
    // 1 ms is less than any parse takes: every task times out, and each time the worker is replaced.
    const pool = new TaskPool({ cacheDir: null, version: "test" }, 1, 1, 1);
    try {
      const outcomes = (await Promise.all([
        pool.run({ kind: "parse", source: { name: "a.txt", path: SEED } }),
        pool.run({ kind: "parse", source: { name: "b.txt", path: SEED } }),
      ])) as AnalyzeOutcome[];
      for (const o of outcomes) {
        expect(o.ok).toBe(false);
        if (!o.ok) {
          expect(o.error.internal).toBe(true);
          expect(o.error.zh).toContain("处理超时");
        }
      }
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("runs real tasks on worker threads", async () => {
    const pool = new TaskPool({ cacheDir: null, version: "test" }, 2);
    try {
      const o = (await pool.run({ kind: "parse", source: { name: "001.txt", path: SEED } })) as AnalyzeOutcome;
      expect(o.ok).toBe(true);
      if (o.ok) {
        expect(o.report.issuer).toBe("温县人民政府办公室");
        expect(o.alone.ok).toBe(true);
      }
    } finally {
      await pool.close();
    }
  }, 60_000);
});

function fakeStream(tty: boolean) {
  const out: string[] = [];
  const stream = { isTTY: tty, columns: 80, write: (s: string) => out.push(s) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, out };
}

describe("progress", () => {
  it("draws one redrawn bar on a terminal and clears it at the end", () => {
    const { stream, out } = fakeStream(true);
    const p = progressReporter(stream);
    p.update({ phase: "read", done: 1, total: 2, name: "甲.pdf" });
    p.update({ phase: "read", done: 2, total: 2, name: "乙.docx" });
    p.done();
    expect(out.every((s) => s.startsWith("\r"))).toBe(true);
    expect(out.join("")).toContain("读取 [");
    expect(out.join("")).toContain("2/2 乙.docx");
    expect(out.join("")).not.toContain("\n");
  });

  it("prints plain lines when not on a terminal", () => {
    const { stream, out } = fakeStream(false);
    const p = progressReporter(stream);
    p.update({ phase: "read", done: 1, total: 2, name: "甲.pdf" });
    p.update({ phase: "check", done: 1, total: 1, name: "甲.pdf" });
    p.done();
    expect(out).toEqual(["读取 1/2 甲.pdf\n", "核对 1/1 甲.pdf\n"]);
  });
});
