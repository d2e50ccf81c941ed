// Core speed: parse + check per text report (median over repeated runs, in-process), a
// 1,000-report batch, and CLI cold start (spawning the built bin). Targets from the core issue:
// ≤ 0.5 ms median per text report in-process; CLI cold start ≤ 300 ms. Measures the compiled dist/
// (bench/_compiled.ts), the code the CLI runs, in a child process of plain node (bench/_core-child.mjs:
// a process with tsx registered, as this one is, runs the same code 10–50 % slower).
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { compiledBase } from "./_compiled.js";
import type { BenchRow } from "./run.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SEEDS = resolve(ROOT, "../shared/seeds");

const ChildResult = z.object({
  seeds: z.array(z.string()).min(1),
  coldCpuMs: z.number(),
  coldWallMs: z.number(),
  warm: z.number(),
  build: z.array(z.array(z.number())),
  full: z.array(z.array(z.number())),
  batchMs: z.number(),
  findings: z.number(),
});

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** Runs the timed loops in a child process of plain node (tsx only when benching the sources). */
function measure(): { result: z.infer<typeof ChildResult>; code: string } {
  const { base, code, compiled } = compiledBase("src/check/index.js");
  const child = join(ROOT, "bench/_core-child.mjs");
  const r = spawnSync(process.execPath, [...(compiled ? [] : ["--import", "tsx"]), child], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, JIAOHE_BENCH_BASE: base },
    maxBuffer: 16 << 20,
  });
  if (r.status !== 0) throw new Error(`bench/_core-child.mjs failed (${r.status ?? r.signal}): ${r.stderr.trim().slice(-2000)}`);
  return { result: ChildResult.parse(JSON.parse(r.stdout)), code: compiled ? `${code} in plain node` : code };
}

export async function bench(): Promise<BenchRow[]> {
  const { result, code } = measure();
  const rows: BenchRow[] = [];
  rows.push({
    name: "first 1,000 reports of a fresh process",
    value: result.coldCpuMs / 1000,
    unit: "ms CPU/report",
    note: `${(result.coldWallMs / 1000).toFixed(3)} ms wall/report; JIT warm-up included`,
  });
  const all: number[] = [];
  result.seeds.forEach((name, k) => {
    const full = result.full[k] ?? [];
    all.push(...full);
    const mb = median(result.build[k] ?? []);
    const m = median(full);
    rows.push({ name: `read+build ${name.slice(0, 3)}`, value: mb, unit: "ms CPU" });
    rows.push({ name: `parse+check ${name.slice(0, 3)}`, value: m, unit: "ms CPU", target: "≤ 0.5 ms", ok: m <= 0.5 });
  });
  const overall = median(all);
  rows.push({
    name: "parse+check median, all seeds",
    value: overall,
    unit: "ms CPU",
    target: "≤ 0.5 ms",
    ok: overall <= 0.5,
    note: `${code}; after ${result.warm.toLocaleString("en")} warm-up reports`,
  });
  rows.push({
    name: "batch of 1,000 text reports (one thread, warm)",
    value: result.batchMs,
    unit: "ms",
    note: `${(result.batchMs / 1000).toFixed(3)} ms/report, ${result.findings} findings`,
  });

  const bin = join(ROOT, "bin/jiaohe.js");
  const cold: number[] = [];
  for (let i = 0; i < 7; i++) {
    const c0 = performance.now();
    const r = spawnSync(process.execPath, [bin, "check", join(SEEDS, "001_2b0699a3dfee169a.txt"), "--json"], {
      encoding: "utf8",
    });
    cold.push(performance.now() - c0);
    if (r.status !== 0 && r.status !== 1) throw new Error(`CLI failed (${r.status}): ${r.stderr}`);
  }
  const c = median(cold);
  rows.push({ name: "CLI cold start: jiaohe check seed 001 --json", value: c, unit: "ms", target: "≤ 300 ms", ok: c <= 300 });
  return rows;
}
