// Reviewer-mode throughput: a folder of 1,000 reports (copies of the five seeds in every format
// there is: .txt, and the derived .docx/.html/.pdf), reviewed with the default worker pool and no
// cache; then the same folder again with a warm cache. Target: ≤ 30 s on 2 cores.
// Peak memory is process.resourceUsage().maxRSS: worker threads live in this process, so it counts them.
//
// It runs the compiled code in dist/ (what `jiaohe review` runs), built first when older than the
// sources. From the sources every worker thread would register tsx and transpile the whole code
// base again: a third more CPU and over twice the memory, none of which a user ever pays.
// JIAOHE_BENCH_SOURCES=1 benches the sources through tsx instead.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { writeOutputs as WriteOutputs } from "../src/review/output.js";
import type { runReview as RunReview } from "../src/review/run.js";
import { CORPUS_DERIVED, SEEDS_DIR } from "../test/helpers/gold.js";
import type { BenchRow } from "./run.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIST_RUN = join(ROOT, "dist/src/review/run.js");

/** Newest modification time of the shipped sources (tests excluded). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith(".ts") && !e.name.endsWith(".test.ts")) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** The review modules to bench, and which code they are. */
async function load(): Promise<{ runReview: typeof RunReview; writeOutputs: typeof WriteOutputs; code: string }> {
  if (!process.env.JIAOHE_BENCH_SOURCES) {
    const stale = () => !existsSync(DIST_RUN) || statSync(DIST_RUN).mtimeMs < Math.max(newestSource(join(ROOT, "src")), newestSource(join(ROOT, "tools")));
    if (stale()) {
      process.stderr.write("bench review: dist/ is older than the sources, building it (tsc -p tsconfig.build.json) …\n");
      const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
      spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "inherit" });
    }
    // tsc emits even with type errors elsewhere; only a missing or still stale build falls back.
    if (!stale()) {
      const dist = (p: string) => pathToFileURL(join(ROOT, "dist", p)).href;
      const [{ runReview }, { writeOutputs }] = await Promise.all([
        import(dist("src/review/run.js")) as Promise<{ runReview: typeof RunReview }>,
        import(dist("src/review/output.js")) as Promise<{ writeOutputs: typeof WriteOutputs }>,
      ]);
      return { runReview, writeOutputs, code: "compiled dist/" };
    }
    process.stderr.write("bench review: no fresh build, benching the sources through tsx\n");
  }
  const [{ runReview }, { writeOutputs }] = await Promise.all([import("../src/review/run.js"), import("../src/review/output.js")]);
  return { runReview, writeOutputs, code: "sources via tsx" };
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
  const { runReview, writeOutputs, code } = await load();
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
