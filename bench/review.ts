// Reviewer-mode throughput: a folder of 1,000 reports (copies of the five seeds in every format
// there is: .txt, and the derived .docx/.html/.pdf), reviewed with the default worker pool and no
// cache; then the same folder again with a warm cache. Target: ≤ 30 s on 2 cores.
// Peak memory is process.resourceUsage().maxRSS: worker threads live in this process, so it counts them.
//
// It runs the compiled code in dist/ (bench/_compiled.ts): from the sources every worker thread would
// register tsx and transpile the whole code base again, a third more CPU and twice the memory.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { writeOutputs as WriteOutputs } from "../src/review/output.js";
import type { runReview as RunReview } from "../src/review/run.js";
import { CORPUS_DERIVED, SEEDS_DIR } from "../test/helpers/gold.js";
import { loadCompiled } from "./_compiled.js";
import type { BenchRow } from "./run.js";

/** The review modules to bench, and which code they are (compiled dist/ unless JIAOHE_BENCH_SOURCES). */
async function loadReview(): Promise<{ runReview: typeof RunReview; writeOutputs: typeof WriteOutputs; code: string }> {
  const {
    modules: [{ runReview }, { writeOutputs }],
    code,
  } = await loadCompiled<[{ runReview: typeof RunReview }, { writeOutputs: typeof WriteOutputs }]>("src/review/run.js", "src/review/output.js");
  return { runReview, writeOutputs, code };
}

const TOTAL = Number(process.env.JIAOHE_BENCH_REPORTS ?? 1000);
const TARGET_S = 30;

function makeFolder(): { dir: string; perFormat: Map<string, number> } {
  const sources = [
    ...readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")).map((f) => join(SEEDS_DIR, f)),
    ...readdirSync(CORPUS_DERIVED).filter((f) => /\.(docx|html|pdf)$/.test(f)).map((f) => join(CORPUS_DERIVED, f)),
  ].sort();
  const dir = mkdtempSync(join(tmpdir(), "jiaohe-bench-review-"));
  const perFormat = new Map<string, number>();
  for (let i = 0; i < TOTAL; i++) {
    const src = sources[i % sources.length] ?? "";
    const batch = join(dir, `batch-${String(Math.floor(i / sources.length)).padStart(3, "0")}`);
    mkdirSync(batch, { recursive: true });
    const name = src.split("/").pop() ?? "x";
    copyFileSync(src, join(batch, name));
    const ext = name.split(".").pop() ?? "";
    perFormat.set(ext, (perFormat.get(ext) ?? 0) + 1);
  }
  return { dir, perFormat };
}

export async function bench(): Promise<BenchRow[]> {
  const { runReview, writeOutputs, code } = await loadReview();
  const { dir, perFormat } = makeFolder();
  const cacheDir = mkdtempSync(join(tmpdir(), "jiaohe-bench-cache-"));
  const jobs = availableParallelism();
  const mix = [...perFormat.entries()].map(([k, v]) => `${v} .${k}`).join(", ");
  try {
    const load = loadavg()[0] ?? 0;
    let t = performance.now();
    const cpu0 = process.cpuUsage();
    const cold = await runReview({ inputs: [dir], jobs, cacheDir });
    const coldS = (performance.now() - t) / 1000;
    // CPU of every thread of this process (main + workers): what the run costs regardless of
    // other load on the machine; divided by the cores, the time it takes on an idle machine.
    const cpu = process.cpuUsage(cpu0);
    const cpuS = (cpu.user + cpu.system) / 1e6;
    t = performance.now();
    const outDir = join(cacheDir, "out");
    await writeOutputs(cold, outDir);
    const writeS = (performance.now() - t) / 1000;
    const rss = process.resourceUsage().maxRSS / 1024;
    t = performance.now();
    const warm = await runReview({ inputs: [dir], jobs, cacheDir });
    const warmS = (performance.now() - t) / 1000;
    const listed = cold.reports.length + cold.unreadable.length;
    return [
      {
        name: `review ${TOTAL} reports, ${jobs} workers, cold`,
        value: coldS,
        unit: "s",
        target: `≤ ${TARGET_S} s`,
        ok: coldS <= TARGET_S && listed === TOTAL,
        note: `${mix}; ${cold.reports.length} read, ${cold.unreadable.length} unreadable; ${code}`,
      },
      { name: "per report, cold", value: (coldS * 1000) / TOTAL, unit: "ms", note: `load average at start ${load.toFixed(1)} on ${jobs} cores` },
      { name: "CPU time, cold (all threads)", value: cpuS, unit: "s", note: `${((cpuS * 1000) / TOTAL).toFixed(0)} ms CPU per report` },
      {
        name: `CPU time / ${jobs} cores (idle-machine estimate)`,
        value: cpuS / jobs,
        unit: "s",
        target: `≤ ${TARGET_S} s`,
        ok: cpuS / jobs <= TARGET_S,
      },
      { name: "write outputs (HTML pages, xlsx, CSV, JSON)", value: writeS, unit: "s" },
      { name: "review + outputs, cold", value: coldS + writeS, unit: "s", target: `≤ ${TARGET_S} s`, ok: coldS + writeS <= TARGET_S },
      { name: `review ${TOTAL} reports, warm cache`, value: warmS, unit: "s", note: `${warm.totals.cachedParse} parses from cache` },
      { name: "peak memory (maxRSS, incl. workers)", value: rss, unit: "MB" },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
