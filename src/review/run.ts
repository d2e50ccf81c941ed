// A review run: read every file (in parallel, through the cache), pair each report with the same
// issuer's report of the year before, check every report with that predecessor, and collect the
// result that all outputs (terminal, spreadsheet, HTML, JSON) are written from.
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { type Finding, SEVERITY_ORDER } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { reportId } from "./ids.js";
import { eachInLanes } from "./lanes.js";
import { collectInputs, DEFAULT_INPUT_LIMITS, type InputLimits } from "./inputs.js";
import { issuerFromTitle, issuerKey } from "./issuer.js";
import { TaskPool } from "./pool.js";
import {
  type AnalyzeOutcome,
  type CheckOutcome,
  lookupAnalysis,
  lookupCheck,
  readSource,
  runTask,
  type TaskContext,
  type TaskRequest,
  type TaskResponse,
} from "./tasks.js";
import type { Counts, IssuerSeries, ReviewedReport, ReviewResult, ReviewSource, UnreadableFile } from "./types.js";
import { toolVersion } from "./version.js";

export interface Progress {
  phase: "read" | "check";
  done: number;
  total: number;
  name: string;
}

export interface ReviewOptions {
  /** Folders, files and ZIP archives. */
  inputs: string[];
  /** Worker threads; 1 runs everything on the main thread. Default: the machine's cores. */
  jobs?: number;
  /** Where cached parses and checks live; null turns the cache off. */
  cacheDir?: string | null;
  /** Overrides the tool version the cache is keyed by (tests). */
  version?: string;
  limits?: InputLimits;
  onProgress?: (p: Progress) => void;
}

/** Which of several files of the same issuer and year stands for it: the most cells read. */
function quality(r: Report): number {
  return Object.values(r.cells).filter((c) => c.state === "number").length * 10 - r.issues.length;
}

interface Parsed {
  source: ReviewSource;
  sha256: string;
  report: Report;
  cached: boolean;
  /** Findings checked without a predecessor (used when the folder holds none). */
  alone: CheckOutcome;
  issuer: string | null;
  key: string | null;
}

function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Pairs each report with the best report of the same issuer for the year before. */
export function pairReports<T extends { key: string | null; report: Report; source: { name: string } }>(items: T[]): Map<T, T> {
  const byKeyYear = new Map<string, T[]>();
  for (const it of items) {
    if (!it.key || it.report.year === null) continue;
    pushTo(byKeyYear, `${it.key}\u0000${it.report.year}`, it);
  }
  // Once per report, not per comparison: a folder of many copies of one issuer's years stays linear.
  const q = new Map<T, number>();
  const qualityOf = (it: T) => q.get(it) ?? q.set(it, quality(it.report)).get(it) ?? 0;
  const previous = new Map<T, T>();
  for (const it of items) {
    if (!it.key || it.report.year === null) continue;
    const cands = byKeyYear.get(`${it.key}\u0000${it.report.year - 1}`);
    if (!cands?.length) continue;
    const rank = (a: T, b: T) =>
      // Same kind of file first (a .pdf's predecessor is last year's .pdf when both exist), then the fullest read.
      Number(b.report.source.kind === it.report.source.kind) - Number(a.report.source.kind === it.report.source.kind) ||
      qualityOf(b) - qualityOf(a) ||
      (a.source.name < b.source.name ? -1 : 1);
    let best: T | undefined;
    for (const c of cands) if (!best || rank(c, best) < 0) best = c;
    if (best) previous.set(it, best);
  }
  return previous;
}

function count(findings: Finding[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

function worstOf(findings: Finding[]): Finding | null {
  let worst: Finding | null = null;
  for (const f of findings) if (!worst || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[worst.severity]) worst = f;
  return worst;
}

/** Bytes of each file, for dispatching the biggest first (a big PDF last would leave a core idle). */
async function sizes(sources: ReviewSource[]): Promise<number[]> {
  return Promise.all(sources.map(async (s) => s.bytes?.length ?? (await stat(s.path ?? s.name).catch(() => null))?.size ?? 0));
}

export async function runReview(opts: ReviewOptions): Promise<ReviewResult> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const version = opts.version ?? toolVersion();
  const ctx: TaskContext = { cacheDir: opts.cacheDir ?? null, version };
  const { sources, failed } = await collectInputs(opts.inputs, opts.limits ?? DEFAULT_INPUT_LIMITS);
  const jobs = Math.max(1, Math.min(opts.jobs ?? availableParallelism(), Math.max(1, sources.length)));
  // Started on the first file the cache cannot serve: a run served wholly from the cache starts no worker.
  let pool: TaskPool | null = null;
  const exec = (req: TaskRequest): Promise<TaskResponse> => (jobs > 1 ? (pool ??= new TaskPool(ctx, jobs)).run(req) : runTask(req, ctx));
  const progress = opts.onProgress ?? (() => {});

  /** A file's outcome: from the cache when it holds one (looked up here, no worker needed), else from a worker. */
  const analyze = async (source: ReviewSource): Promise<AnalyzeOutcome> => {
    if (!ctx.cacheDir) return (await exec({ kind: "parse", source: source.path ? { name: source.name, path: source.path } : source })) as AnalyzeOutcome;
    const read = await readSource(source);
    if (!read.ok) return read;
    const hit = await lookupAnalysis(source.name, read.sha256, ctx);
    if (hit) return hit;
    return (await exec({ kind: "parse", source: { name: source.name, bytes: read.bytes, sha256: read.sha256, missed: true } })) as AnalyzeOutcome;
  };

  try {
    // 1. Read every file, biggest first, a few more at a time than the workers run (so none waits),
    //    and no more: files wait on disk, not in memory.
    const size = await sizes(sources);
    const order = sources.map((_, i) => i).sort((a, b) => (size[b] ?? 0) - (size[a] ?? 0) || a - b);
    const results: (AnalyzeOutcome | undefined)[] = new Array(sources.length);
    let done = 0;
    await eachInLanes(order, jobs > 1 ? jobs * 3 : 1, async (i) => {
      const source = sources[i] as ReviewSource;
      results[i] = await analyze(source);
      progress({ phase: "read", done: ++done, total: sources.length, name: source.name });
    });
    const outcomes = sources.map((source, i) => ({ source, res: results[i] as AnalyzeOutcome }));
    const unreadable: UnreadableFile[] = failed.map((f) => ({
      name: f.name,
      sha256: null,
      error: { code: f.error.code, zh: f.error.zh, en: f.error.en, internal: false },
    }));
    const parsed: Parsed[] = [];
    for (const { source, res } of outcomes) {
      if (!res.ok) {
        unreadable.push({ name: source.name, sha256: res.sha256, error: res.error });
        continue;
      }
      const issuer = res.report.issuer ?? issuerFromTitle(res.report.title);
      parsed.push({ source, sha256: res.sha256, report: res.report, cached: res.cached, alone: res.alone, issuer, key: issuerKey(issuer)?.key ?? null });
    }

    // 2. Pair across years.
    const previous = pairReports(parsed);

    // 3. Check again, with its predecessor, each report that has one.
    done = 0;
    const paired = parsed.filter((p) => previous.has(p)).length;
    const checked = await Promise.all(
      parsed.map(async (p) => {
        const prev = previous.get(p);
        if (!prev) return { p, prev, res: p.alone };
        const res =
          (ctx.cacheDir ? await lookupCheck(p.report, prev.report, ctx) : null) ??
          ((await exec({ kind: "check", report: p.report, previous: prev.report, missed: ctx.cacheDir !== null })) as CheckOutcome);
        progress({ phase: "check", done: ++done, total: paired, name: p.source.name });
        return { p, prev, res };
      }),
    );
    const reports: ReviewedReport[] = [];
    for (const { p, prev, res } of checked) {
      if (!res.ok) {
        unreadable.push({ name: p.source.name, sha256: p.sha256, error: res.error });
        continue;
      }
      reports.push({
        id: reportId(p.source.name),
        name: p.source.name,
        sha256: p.sha256,
        kind: p.report.source.kind,
        issuer: p.issuer,
        issuerKey: p.key,
        year: p.report.year,
        format: p.report.format,
        previous: prev ? { name: prev.source.name, year: prev.report.year } : null,
        report: p.report,
        findings: res.findings,
        counts: count(res.findings),
        worst: worstOf(res.findings),
        cached: { parse: p.cached, check: res.cached },
      });
    }
    unreadable.sort((a, b) => (a.name < b.name ? -1 : 1));

    // Series: every issuer with the years the folder holds.
    const groups = new Map<string, ReviewedReport[]>();
    for (const r of reports) if (r.issuerKey) pushTo(groups, r.issuerKey, r);
    const series: IssuerSeries[] = [...groups.entries()]
      .map(([key, rs]) => {
        const years = new Map<number, string[]>();
        for (const r of rs) if (r.year !== null) pushTo(years, r.year, r.name);
        // The longest printed name is the fullest (淮安市洪泽区人民政府 over 洪泽区人民政府).
        const issuer = rs.map((r) => r.issuer ?? "").sort((a, b) => b.length - a.length)[0] ?? key;
        return { issuerKey: key, issuer, years: [...years.entries()].sort((a, b) => a[0] - b[0]).map(([year, names]) => ({ year, names })) };
      })
      .sort((a, b) => (a.issuer < b.issuer ? -1 : 1));

    const totals = {
      ...count(reports.flatMap((r) => r.findings)),
      reports: reports.length,
      unreadable: unreadable.length,
      cachedParse: reports.filter((r) => r.cached.parse).length,
      cachedCheck: reports.filter((r) => r.cached.check).length,
    };
    return {
      tool: { name: "jiaohe", version },
      startedAt,
      elapsedMs: Math.round(performance.now() - t0),
      jobs,
      reports,
      unreadable,
      series,
      totals,
    };
  } finally {
    await (pool as TaskPool | null)?.close();
  }
}
