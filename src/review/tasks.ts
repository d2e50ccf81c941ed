// The two units of work of a review, run inside a worker (or inline with --jobs 1):
// parse one file, and check one report against its predecessor. Both go through the cache.
import { readFile } from "node:fs/promises";
import { checkReport, parseReport } from "../core.js";
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

export type TaskRequest =
  | { kind: "parse"; source: ReviewSource }
  | { kind: "check"; report: Report; previous: Report | null };

export type CheckOutcome = { ok: true; findings: Finding[]; cached: boolean } | { ok: false; error: ReadFailure };

/** A parse outcome; when the file was read, also its findings checked on its own (no predecessor). */
export type AnalyzeOutcome = (ParseOutcome & { ok: false }) | (ParseOutcome & { ok: true; alone: CheckOutcome });

export type TaskResponse = AnalyzeOutcome | CheckOutcome;

function failure(e: unknown): ReadFailure {
  if (isInputError(e)) return { code: e.code, zh: e.zh, en: e.en, internal: false };
  const msg = e instanceof Error ? e.message : String(e);
  return { code: "internal", zh: `内部错误，未能完成：${msg}`, en: `Internal error: ${msg}`, internal: true };
}

export async function parseTask(source: ReviewSource, ctx: TaskContext): Promise<ParseOutcome> {
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
  const hash = sha256(bytes);
  const cache = new ReviewCache(ctx.cacheDir, ctx.version);
  // The name is part of the key: the report model records it, and the reader may use its extension.
  const key = cache.key("parse", hash, source.name);
  const hit = await cache.get<{ report: Report } | { error: ReadFailure }>(key);
  if (hit) return "report" in hit ? { ok: true, sha256: hash, report: hit.report, cached: true } : { ok: false, sha256: hash, error: hit.error, cached: true };
  try {
    const report = await parseReport({ bytes, name: source.name });
    await cache.set(key, { report });
    return { ok: true, sha256: hash, report, cached: false };
  } catch (e) {
    const error = failure(e);
    // A bad file stays bad for this version; a bug must be retried once fixed, so it is not kept.
    if (!error.internal) await cache.set(key, { error });
    return { ok: false, sha256: hash, error, cached: false };
  }
}

export async function checkTask(report: Report, previous: Report | null, ctx: TaskContext): Promise<CheckOutcome> {
  const cache = new ReviewCache(ctx.cacheDir, ctx.version);
  const key = cache.key("check", report.source.sha256, report.source.name, previous?.source.sha256 ?? "", previous?.source.name ?? "");
  const hit = await cache.get<{ findings: Finding[] }>(key);
  if (hit) return { ok: true, findings: hit.findings, cached: true };
  try {
    const findings = checkReport(report, previous ? { previous } : {});
    await cache.set(key, { findings });
    return { ok: true, findings, cached: false };
  } catch (e) {
    return { ok: false, error: failure(e) };
  }
}

/** Parse, then check without a predecessor: most reports have none, so one round trip serves them. */
export async function analyzeTask(source: ReviewSource, ctx: TaskContext): Promise<AnalyzeOutcome> {
  const parsed = await parseTask(source, ctx);
  if (!parsed.ok) return parsed;
  return { ...parsed, alone: await checkTask(parsed.report, null, ctx) };
}

export async function runTask(req: TaskRequest, ctx: TaskContext): Promise<TaskResponse> {
  return req.kind === "parse" ? analyzeTask(req.source, ctx) : checkTask(req.report, req.previous, ctx);
}
