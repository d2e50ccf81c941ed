// `npm run bench [-- NAME...]`: runs every bench/*.ts module and prints one table.
//
// Contract for a bench module (bench/formats.ts, bench/core.ts, bench/review.ts, …):
//   export async function bench(): Promise<BenchRow[]>
// Each row is one measurement. `target` says what counts as good (e.g. "≤ 30 s"); `ok` is the
// module's own verdict against it. A module that throws shows as one failed row; the others still run.
// Files starting with "_" and this file are not benches. Exit code 1 if any row has ok === false.
import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export interface BenchRow {
  /** What was measured, e.g. "review 1000 reports (2 workers)". */
  name: string;
  value: number;
  unit: string;
  target?: string;
  ok?: boolean;
  note?: string;
}

export type BenchFn = () => Promise<BenchRow[]>;

const HERE = dirname(fileURLToPath(import.meta.url));

function modules(filter: string[]): string[] {
  return readdirSync(HERE)
    .filter((f) => f.endsWith(".ts") && !f.startsWith("_") && f !== "run.ts" && !f.endsWith(".d.ts"))
    .filter((f) => filter.length === 0 || filter.some((n) => f.includes(n)))
    .sort();
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);
}

function table(rows: (BenchRow & { module: string })[]): string {
  const head = ["bench", "measurement", "value", "unit", "target", "ok", "note"];
  const body = rows.map((r) => [
    r.module,
    r.name,
    fmt(r.value),
    r.unit,
    r.target ?? "",
    r.ok === undefined ? "" : r.ok ? "yes" : "NO",
    r.note ?? "",
  ]);
  // Width by code points is close enough for the mostly-ASCII cells; CJK notes go last.
  const width = head.map((h, i) => Math.max(h.length, ...body.map((b) => [...(b[i] ?? "")].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 2 ? c.padStart(width[i] ?? 0) : c.padEnd(width[i] ?? 0))).join("  ").trimEnd();
  return [line(head), width.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

async function main(): Promise<void> {
  const files = modules(process.argv.slice(2));
  const rows: (BenchRow & { module: string })[] = [];
  for (const f of files) {
    const name = basename(f, ".ts");
    process.stderr.write(`bench: ${name} …\n`);
    try {
      const mod = (await import(pathToFileURL(join(HERE, f)).href)) as { bench?: BenchFn };
      if (typeof mod.bench !== "function") {
        rows.push({ module: name, name: "(no exported bench function)", value: Number.NaN, unit: "", ok: false });
        continue;
      }
      for (const r of await mod.bench()) rows.push({ module: name, ...r });
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      rows.push({ module: name, name: "(failed)", value: Number.NaN, unit: "", ok: false, note: msg.slice(0, 200) });
    }
  }
  process.stdout.write(`${table(rows)}\n`);
  if (rows.some((r) => r.ok === false)) process.exitCode = 1;
}

await main();
