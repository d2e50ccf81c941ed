// The review's user-facing words, from the wording catalogue (src/explain/messages.ts, REVIEW_UI):
// the outputs are in Chinese. Finding messages themselves come from src/explain via Finding.message.
import { fill, REVIEW_UI, UI } from "../explain/messages.js";
import type { Severity } from "../model/finding.js";
import type { SourceKind } from "../model/report.js";

const W = REVIEW_UI.zh;

export const SEVERITY_ZH: Record<Severity, string> = UI.zh.severity;
export const KIND_ZH: Record<SourceKind, string> = W.sourceKind;
export const FORMAT_ZH: Record<string, string> = W.reportFormat;
export const PHASE_ZH: Record<"read" | "check", string> = W.phase;

export const L = {
  ...W,
  totalLine: (n: number, e: number, w: number, i: number, u: number) => fill(W.totalLine, { reports: n, error: e, warning: w, info: i, unreadable: u }),
  pairLine: (issuer: string, years: number[]) => fill(W.pairLine, { issuer, years: years.join(W.listSeparator) }),
  untitled: (issuer: string, year: number | null) => fill(W.untitled, { issuer, year: year ?? "" }),
  previousYear: (year: number | null) => fill(W.previousYear, { year: year ?? "?" }),
  pageLine: (page: number, line: number) => fill(W.pageLine, { page, line }),
  lineColumn: (line: number, column: number) => fill(W.lineColumn, { line, column }),
};
