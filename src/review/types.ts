// The shapes that flow through a review run: what a worker sends back, and what the outputs read.
import type { Finding, Severity } from "../model/finding.js";
import type { Report } from "../model/report.js";

/** One input file: read from disk by the worker (path) or handed over in memory (a ZIP entry). */
export interface ReviewSource {
  /** Display name, relative to the folder or archive given: "corpus/real/2023_x.pdf". */
  name: string;
  path?: string;
  bytes?: Uint8Array;
}

export interface ReadFailure {
  code: string;
  zh: string;
  en: string;
  /** True for a bug in jiaohe rather than a problem with the file. */
  internal: boolean;
}

export type ParseOutcome =
  | { ok: true; sha256: string; report: Report; cached: boolean }
  | { ok: false; sha256: string | null; error: ReadFailure; cached: boolean };

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export interface ReviewedReport {
  /** Stable id of the entry: derived from its name, used for page file names. */
  id: string;
  name: string;
  sha256: string;
  kind: Report["source"]["kind"];
  issuer: string | null;
  issuerKey: string | null;
  year: number | null;
  format: Report["format"];
  /** The same issuer's report of the year before, when the folder holds one. */
  previous: { name: string; year: number | null } | null;
  report: Report;
  findings: Finding[];
  counts: Counts;
  worst: Finding | null;
  /** Whether parsing and checking were served from the cache. */
  cached: { parse: boolean; check: boolean };
}

export interface UnreadableFile {
  name: string;
  sha256: string | null;
  error: ReadFailure;
}

export interface IssuerSeries {
  issuerKey: string;
  issuer: string;
  /** Years present, ascending, and the files of each. */
  years: { year: number; names: string[] }[];
}

export interface ReviewResult {
  tool: { name: "jiaohe"; version: string };
  startedAt: string;
  elapsedMs: number;
  jobs: number;
  reports: ReviewedReport[];
  unreadable: UnreadableFile[];
  series: IssuerSeries[];
  totals: Counts & { reports: number; unreadable: number; cachedParse: number; cachedCheck: number };
}

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
