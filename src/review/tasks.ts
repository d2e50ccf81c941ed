// The two units of work of a review, run inside a worker (or inline with --jobs 1): analyze one
// file (parse it, check it on its own), and check one report against its predecessor. Both go
// through the cache; the run looks entries up itself first (lookup*), so a cached file costs no
// worker and no copy of its report between threads.
import { readFile } from "node:fs/promises";
import { isInputError } from "../model/errors.js";
import type { Finding } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { sha256 } from "../read/index.js";
import { ReviewCache } from "./cache.js";
import type { ParseOutcome, ReadFailure, ReviewSource } from "./types.js";

export interface TaskContext {
  cacheDir: string | null;
  version: string;
}

/** A file to analyze; `sha256` and `missed` when the run already hashed it and found no cache entry. */
export type AnalyzeSource = ReviewSource & { sha256?: string; missed?: boolean };

export type TaskRequest =
  | { kind: "parse"; source: AnalyzeSource }
  | { kind: "check"; report: Report; previous: Report | null; missed?: boolean };

export type CheckOutcome = { ok: true; findings: Finding[]; cached: boolean } | { ok: false; error: ReadFailure };

/** A parse outcome; when the file was read, also its findings checked on its own (no predecessor). */
export type AnalyzeOutcome = (ParseOutcome & { ok: false }) | (ParseOutcome & { ok: true; alone: CheckOutcome });

export type TaskResponse = AnalyzeOutcome | CheckOutcome;

/** One cache entry per file: its report with the findings checked alone, or why it cannot be read. */
type AnalyzeEntry = { report: Report; findings: Finding[] } | { error: ReadFailure };

// Loaded on first use: the main thread of a run served from the cache never parses or checks.
let coreModule: Promise<typeof import("../core.js")> | undefined;
const core = () => (coreModule ??= import("../core.js"));

function failure(e: unknown): ReadFailure {
  if (isInputError(e)) return { code: e.code, zh: e.zh, en: e.en, internal: false };
  const msg = e instanceof Error ? e.message : String(e);
  return { code: "internal", zh: `内部错误，未能完成：${msg}`, en: `Internal error: ${msg}`, internal: true };
}

const cacheOf = (ctx: TaskContext) => new ReviewCache(ctx.cacheDir, ctx.version);
// The name is part of the key: the report model records it, and the reader may use its extension.
const analyzeKey = (cache: ReviewCache, hash: string, name: string) => cache.key("analyze", hash, name);
const checkKey = (cache: ReviewCache, report: Report, previous: Report | null) =>
  cache.key("check", report.source.sha256, report.source.name, previous?.source.sha256 ?? "", previous?.source.name ?? "");

export type ReadSource = { ok: true; bytes: Uint8Array; sha256: string } | (AnalyzeOutcome & { ok: false });

/** The file's bytes and hash, or the outcome of a file that cannot be read. */
export async function readSource(source: AnalyzeSource): Promise<ReadSource> {
  let bytes: Uint8Array;
  try {
    bytes = source.bytes ?? new Uint8Array(await readFile(source.path ?? source.name));
  } catch {
    return {
      ok: false,
      sha256: null,
      cached: false,
      error: { code: "unreadable", zh: `无法读取文件：${source.name}`, en: `Cannot read the file: ${source.name}`, internal: false },
    };
  }
  return { ok: true, bytes, sha256: source.sha256 ?? sha256(bytes) };
}

/** The cached outcome of analyzing these bytes, or null. */
export async function lookupAnalysis(name: string, hash: string, ctx: TaskContext): Promise<AnalyzeOutcome | null> {
  const cache = cacheOf(ctx);
  const hit = await cache.get<AnalyzeEntry>(analyzeKey(cache, hash, name));
  if (!hit) return null;
  return "report" in hit
    ? { ok: true, sha256: hash, report: hit.report, cached: true, alone: { ok: true, findings: hit.findings, cached: true } }
    : { ok: false, sha256: hash, error: hit.error, cached: true };
}

/** The cached findings of a report checked against this predecessor, or null. */
export async function lookupCheck(report: Report, previous: Report | null, ctx: TaskContext): Promise<CheckOutcome | null> {
  const cache = cacheOf(ctx);
  const hit = await cache.get<{ findings: Finding[] }>(checkKey(cache, report, previous));
  return hit ? { ok: true, findings: hit.findings, cached: true } : null;
}

async function check(report: Report, previous: Report | null): Promise<CheckOutcome> {
  try {
    const { checkReport } = await core();
    return { ok: true, findings: checkReport(report, previous ? { previous } : {}), cached: false };
  } catch (e) {
    return { ok: false, error: failure(e) };
  }
}

export async function checkTask(report: Report, previous: Report | null, ctx: TaskContext, missed = false): Promise<CheckOutcome> {
  const hit = missed ? null : await lookupCheck(report, previous, ctx);
  if (hit) return hit;
  const res = await check(report, previous);
  if (res.ok) {
    const cache = cacheOf(ctx);
    await cache.set(checkKey(cache, report, previous), { findings: res.findings });
  }
  return res;
}

/** Parse, then check without a predecessor: most reports have none, so one round trip serves them. */
export async function analyzeTask(source: AnalyzeSource, ctx: TaskContext): Promise<AnalyzeOutcome> {
  const read = await readSource(source);
  if (!read.ok) return read;
  const { bytes, sha256: hash } = read;
  const hit = source.missed ? null : await lookupAnalysis(source.name, hash, ctx);
  if (hit) return hit;
  const cache = cacheOf(ctx);
  const key = analyzeKey(cache, hash, source.name);
  let report: Report;
  try {
    const { parseReport } = await core();
    report = await parseReport({ bytes, name: source.name });
  } catch (e) {
    const error = failure(e);
    // A bad file stays bad for this version; a bug must be retried once fixed, so it is not kept.
    if (!error.internal) await cache.set(key, { error } satisfies AnalyzeEntry);
    return { ok: false, sha256: hash, error, cached: false };
  }
  const alone = await check(report, null);
  if (alone.ok) await cache.set(key, { report, findings: alone.findings } satisfies AnalyzeEntry);
  return { ok: true, sha256: hash, report, cached: false, alone };
}

export async function runTask(req: TaskRequest, ctx: TaskContext): Promise<TaskResponse> {
  return req.kind === "parse" ? analyzeTask(req.source, ctx) : checkTask(req.report, req.previous, ctx, req.missed);
}
