// Reader speed per format, in-process (median CPU time over repeated reads of each file, after a
// warm-up): .docx, .html and .doc per report, PDF per page. Targets from the formats issue:
// ≤ 20 ms per .docx report, ≤ 50 ms per PDF page. Also read + build per format, for context.
// Run alone: npx tsx bench/formats.ts   (or as part of `npm run bench`). Measures the compiled dist/
// (bench/_compiled.ts), the code the CLI runs.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type * as Extract from "../src/extract/index.js";
import type * as Read from "../src/read/index.js";
import type * as PdfLoad from "../src/read/pdf/load.js";
import { loadCompiled } from "./_compiled.js";
import type { BenchRow } from "./run.js";

const {
  modules: [{ buildReport }, { readDocument }, pdfLoad],
  code,
} = await loadCompiled<[typeof Extract, typeof Read, typeof PdfLoad]>("src/extract/index.js", "src/read/index.js", "src/read/pdf/load.js");

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DERIVED = resolve(ROOT, "../shared/corpus/derived");
const REAL = resolve(ROOT, "../shared/corpus/real");
const DOCS = join(ROOT, "test/fixtures/formats/doc");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

// CPU time, not wall time: the shared machines are often loaded, which inflates wall time.
async function cpuMs(fn: () => Promise<unknown>): Promise<number> {
  const c0 = process.cpuUsage();
  await fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

interface Sample {
  read: number[];
  build: number[];
}

async function measure(files: string[], runs: number, perPage: boolean): Promise<Sample> {
  const read: number[] = [];
  const build: number[] = [];
  for (const f of files) {
    const bytes = new Uint8Array(readFileSync(f));
    const first = await readDocument({ bytes, name: f });
    const pages = perPage ? (first.pages ?? 1) : 1;
    for (let i = 0; i < 3; i++) await readDocument({ bytes, name: f }); // warm-up
    for (let i = 0; i < runs; i++) {
      read.push((await cpuMs(() => readDocument({ bytes, name: f }))) / pages);
      // a file the builder cannot take fails the bench row (bench/run.ts), rather than timing the failure
      build.push((await cpuMs(async () => buildReport(await readDocument({ bytes, name: f })))) / pages);
    }
  }
  return { read, build };
}

export async function bench(): Promise<BenchRow[]> {
  const derived = readdirSync(DERIVED).sort();
  const of = (ext: string) => derived.filter((f) => f.endsWith(ext)).map((f) => join(DERIVED, f));
  const realPdf = readdirSync(REAL)
    .filter((f) => f.endsWith(".pdf"))
    .sort()
    .map((f) => join(REAL, f));
  const doc = readdirSync(DOCS)
    .filter((f) => f.endsWith(".doc"))
    .sort()
    .map((f) => join(DOCS, f));
  const sets: { name: string; files: string[]; runs: number; perPage: boolean; target?: number; unit: string }[] = [
    { name: ".docx (derived, 5 reports)", files: of(".docx"), runs: 20, perPage: false, target: 20, unit: "ms/report" },
    { name: ".html (derived, 5 reports)", files: of(".html"), runs: 20, perPage: false, unit: "ms/report" },
    { name: ".doc (fixtures, 5 reports)", files: doc, runs: 20, perPage: false, unit: "ms/report" },
    { name: "PDF (derived, 5 × 4 pages)", files: of(".pdf"), runs: 5, perPage: true, target: 50, unit: "ms/page" },
    { name: "PDF (real WPS, 3 files, 16 pages)", files: realPdf, runs: 5, perPage: true, target: 50, unit: "ms/page" },
  ];
  const rows: BenchRow[] = [];
  for (const s of sets) {
    const m = await measure(s.files, s.runs, s.perPage);
    const read = median(m.read);
    // PDF speed depends on the patched pdf.js worker (src/read/pdf/worker-patches.ts); say if it was not used.
    const note = `median CPU time, ${code}${s.perPage ? `; pdf.js worker ${pdfLoad.workerPatched ? "patched" : `STOCK (${pdfLoad.workerUnpatchedBecause ?? "patches did not apply"})`}` : ""}`;
    const row: BenchRow = { name: `read ${s.name}`, value: read, unit: s.unit, note };
    if (s.target !== undefined) {
      row.target = `≤ ${s.target} ${s.unit}`;
      row.ok = read <= s.target;
    }
    rows.push(row);
    rows.push({ name: `read + build ${s.name}`, value: median(m.build), unit: s.unit, note: "median CPU time" });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rows = await bench();
  const w = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows)
    console.log(
      `${r.name.padEnd(w)}  ${r.value.toFixed(2).padStart(8)} ${r.unit.padEnd(10)} ${r.target ?? ""} ${r.ok === undefined ? "" : r.ok ? "ok" : "SLOW"}`,
    );
}
