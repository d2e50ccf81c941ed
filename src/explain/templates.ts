// The shape of the explanation wording; one implementation per language (templates.zh.ts, .en.ts).
import { APPLICATION_COLUMNS, APPLICATION_ROWS, REVIEW_BLOCKS } from "../model/cells.js";
import type { Family, Finding, Severity } from "../model/finding.js";
import type { Equation } from "./diagnose/equations.js";
import type { Cause, Confidence } from "./diagnose/types.js";
import type { Numbers, Place } from "./types.js";

export interface CauseContext {
  /** Printed place of a cell id. */
  place(cell: string): Place;
  /** The equation with this key. */
  equation(key: string): Equation | undefined;
  /** Issuer name, when known. */
  issuer: string | null;
}

export interface Templates {
  severity: Record<Severity, string>;
  confidence: Record<Confidence, string>;
  family: Record<Family, string>;
  /** 收到和处理政府信息公开申请情况表「（一）予以公开」行「总计」列 */
  place(p: Place): string;
  /** 「（一）予以公开」行「总计」列 (table left out) */
  placeShort(p: Place): string;
  /** Several cells, grouped by row or by column so a whole row or column reads as one place. */
  places(ps: Place[]): string;
  /** The identity in words (本列：第一项加第二项之和应等于第三项加第四项之和…). */
  rule(eq: Equation): string;
  /** A short name of an identity, for "this change would also clear …". */
  equationName(eq: Equation): string;
  /** What is wrong with an arithmetic finding. */
  whatArithmetic(eq: Equation, target: Place, n: Numbers): string;
  numbers(eq: Equation, n: Numbers): string;
  cause(c: Cause, ctx: CauseContext): string;
  fixForCause(c: Cause, ctx: CauseContext): string[];
  /** Why a non-arithmetic finding matters, and what to do about it. */
  whyFamily(f: Finding): string;
  fixFamily(f: Finding, places: Place[]): string[];
  /** The fallback fix of an arithmetic finding with no convincing cause. */
  fixArithmetic(eq: Equation, n: Numbers, ctx: CauseContext): string[];
  /** Headings used by the renderers. */
  ui: {
    findings: string;
    noFindings: string;
    where: string;
    rule: string;
    numbers: string;
    cause: string;
    fix: string;
    confidence: string;
    assumptions: string;
    missingCell: string;
    tableFindings(n: number): string;
    finding: string;
    alsoClears(list: string): string;
    unknownFinding(id: string, count: number): string;
    /** "原文第 28 行（一、总体情况）" */
    sourceLine(line: number, section: string | null, page: number | null): string;
  };
}

/** Printed labels by key, the same in both languages (they are what the reader sees in the report). */
export const colLabel = (k: string): string => APPLICATION_COLUMNS.find((c) => c.key === k)?.label ?? k;
export const rowLabel = (k: string): string => {
  const r = APPLICATION_ROWS.find((x) => x.key === k);
  return r ? (r.groupLabel ? `${r.groupLabel} ${r.label}` : r.label) : k;
};
export const blockLabel = (k: string): string => REVIEW_BLOCKS.find((b) => b.key === k)?.label ?? k;

/** Small counts in words (六位), so that no figure appears that the report does not print. */
export function cnCount(n: number): string {
  return "零一二三四五六七八九十"[n] ?? String(n);
}

/** Numbers without float noise: 5268464.2119 stays, 0.1 + 0.2 → 0.3. */
export function num(x: number | null): string {
  if (x === null) return "—";
  if (Number.isInteger(x)) return String(x);
  // Up to 8 decimals: float noise goes, a printed 5949.088667 stays as printed.
  return String(Number(x.toFixed(8)));
}
