// Shared helpers of the rule modules: reading cells, building arithmetic findings with every
// operand named (Arelle-style), formatting numbers at their printed precision.
import { ASSUMPTIONS, EMPTY_VALUE, fill } from "../explain/messages.js";
import { ACTIVE2019_IDS, ALL_CELL_IDS, cellLabel } from "../model/cells.js";
import type { Equation } from "../model/equations.js";
import type { Operand } from "../model/finding.js";
import type { Cell, Report } from "../model/report.js";
import type { FindingDraft } from "./rule.js";

export function cell(report: Report, id: string): Cell | undefined {
  return report.cells[id];
}

const CATALOGUE_IDS: readonly string[] = [...ALL_CELL_IDS, ...ACTIVE2019_IDS];
const CATALOGUE_INDEX: ReadonlyMap<string, number> = new Map(CATALOGUE_IDS.map((id, i) => [id, i]));

/** Position of a catalogue cell id in cellArray (−1 for an id outside the catalogue). */
export function cellIndex(id: string): number {
  return CATALOGUE_INDEX.get(id) ?? -1;
}

/** Memoises `compute` for the last argument only. Rules run one report at a time, so one slot serves every
 *  rule of a check; a WeakMap would too, but its entries cost the garbage collector more than normalising
 *  a report's prose (measured: ~16 µs per report). Holds the last report until the next one comes. */
export function forLastReport<V>(compute: (report: Report) => V): (report: Report) => V {
  let last: Report | null = null;
  let value: V;
  return (report) => {
    if (report !== last) {
      value = compute(report);
      last = report;
    }
    return value;
  };
}

// report.cells is a 200-key record, which V8 keeps as a hash table: every lookup hashes. Rules that
// read many cells read them from this array by precomputed index instead, built once per report.
/** The report's cells by catalogue index (see cellIndex). */
export const cellArray: (report: Report) => readonly (Cell | undefined)[] = forLastReport((report) =>
  CATALOGUE_IDS.map((id) => report.cells[id]),
);

/** The report's cells in catalogue order, those it has. */
export const cellList: (report: Report) => readonly Cell[] = forLastReport((report) => {
  const out: Cell[] = [];
  for (const c of cellArray(report)) if (c !== undefined) out.push(c);
  return out;
});

export function value(report: Report, id: string): number | null {
  return report.cells[id]?.value ?? null;
}

/** Decimal places as printed ("4749.8742" → 4); integers 0. */
export function decimals(n: number, raw?: string): number {
  if (Number.isInteger(n) && (raw === undefined || !raw.includes("."))) return 0;
  const s = raw && /^\s*-?[\d,，]*\.?\d*\s*$/.test(raw) ? raw.trim() : String(n);
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Formats a number for messages without float noise (0.1 + 0.2 → 0.3). */
export function fmt(n: number | null, places = 4): string {
  if (n === null) return EMPTY_VALUE;
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toFixed(places)));
}

/** Compares two sums at the operands' printed precision (no epsilon guessing). */
export function sameAt(a: number, b: number, places: number): boolean {
  const k = 10 ** places;
  return Math.round(a * k) === Math.round(b * k);
}

/** "收到和处理申请情况表「（一）予以公开」行「总计」列" → the short operand label "予以公开·总计". */
export function operandLabel(id: string): string {
  const l = cellLabel(id);
  if (!l) return id;
  return `「${l.rowLabel}」${l.columnLabel}`;
}

export function operand(report: Report, id: string, sign: 1 | -1 = 1, label?: string): Operand {
  const c = report.cells[id];
  return {
    cell: id,
    label: label ?? operandLabel(id),
    value: c?.value ?? null,
    sign,
    ...(c?.loc ? { loc: c.loc } : {}),
  };
}

export interface SumCheck {
  /** The cell whose printed value is judged (the 总计 side). */
  judged: string;
  /** Cells that should add up to it, in the format's order. */
  parts: readonly string[];
  messageId: string;
  data?: Record<string, string | number | null>;
  /** Extra cells on the judged side, added to it (B1: 总计 + 结转下年度). */
  judgedExtra?: readonly string[];
  /** cellIndex of judged, judgedExtra and parts, when the spec is built once (equationCheck). */
  index?: { judged: number; extra: readonly number[]; parts: readonly number[] };
}

/** The check of one of the format's identities: its total side is judged, its parts add up. */
export function equationCheck(eq: Equation, messageId: string): SumCheck {
  const judgedExtra = eq.terms.filter((t) => t.sign === -1 && t.cell !== eq.target).map((t) => t.cell);
  const parts = eq.terms.filter((t) => t.sign === 1).map((t) => t.cell);
  return {
    judged: eq.target,
    judgedExtra,
    parts,
    messageId,
    index: { judged: cellIndex(eq.target), extra: judgedExtra.map(cellIndex), parts: parts.map(cellIndex) },
  };
}

/**
 * The quick pass over a precomputed spec: false when there is nothing to report (judged side not
 * given, no part given, or whole numbers that add up), true when the full evaluation must run.
 */
function needsFullCheck(arr: readonly (Cell | undefined)[], ix: NonNullable<SumCheck["index"]>): boolean {
  const judged = arr[ix.judged]?.value ?? null;
  if (judged === null) return false;
  let actual = judged;
  let whole = Number.isInteger(actual);
  for (const i of ix.extra) {
    const v = arr[i]?.value ?? null;
    if (v === null) return false;
    actual += v;
    whole &&= Number.isInteger(v);
  }
  let expected = 0;
  let given = 0;
  for (const i of ix.parts) {
    const v = arr[i]?.value ?? null;
    if (v === null) continue;
    expected += v;
    given++;
    whole &&= Number.isInteger(v);
  }
  if (given === 0) return false;
  // Whole numbers add exactly; only printed decimals need the precision of the print.
  return !(whole && expected === actual);
}

/**
 * Evaluates judged (+ judgedExtra) = Σ parts. Returns null when consistent or when the judged cell is
 * not given (nothing to judge). Operands the document does not give count as 0, and the finding says so.
 */
export function sumCheck(report: Report, spec: SumCheck): FindingDraft | null {
  if (spec.index && !needsFullCheck(cellArray(report), spec.index)) return null;
  const cells = report.cells;
  const judged = cells[spec.judged];
  if (!judged || judged.value === null) return null;
  const lhsIds = [spec.judged, ...(spec.judgedExtra ?? [])];
  const all = [...lhsIds, ...spec.parts];
  // Each operand's cell, looked up once: all[i] ↔ at[i] ↔ vals[i].
  const at = all.map((id) => cells[id]);
  const vals = at.map((c) => c?.value ?? null);
  const nLhs = lhsIds.length;
  let places = 0;
  let expected = 0;
  let actual = 0;
  let partsGiven = false;
  for (let i = 0; i < all.length; i++) {
    const v = vals[i] ?? null;
    if (i < nLhs) {
      if (v === null) return null;
      actual += v;
    } else if (v !== null) {
      partsGiven = true;
      expected += v;
    }
    places = Math.max(places, decimals(v ?? 0, at[i]?.raw));
  }
  if (!partsGiven || sameAt(expected, actual, places)) return null;
  // The 2019 format has no （六） sub-items 1–2: absent by design, not a gap in the document.
  const byDesign = (id: string) => report.format === "2019" && /^applications\.other\.(no_correction|no_fee)\./.test(id);
  const absentAt = all.flatMap((id, i) => (vals[i] === null && !byDesign(id) ? [i] : []));
  const absent = absentAt.map((i) => all[i] as string);
  const assumptions = absentAt.map((i) =>
    fill(ASSUMPTIONS.absentAsZero, { operand: operandLabel(all[i] as string), why: ASSUMPTIONS.absentWhy[at[i]?.state ?? "missing"] }),
  );
  const formula = vals.slice(nLhs).map((v) => fmt(v)).join(" + ");
  const lhsFormula = vals.slice(0, nLhs).map((v) => fmt(v)).join(" + ");
  const l = cellLabel(spec.judged);
  // Absent operands are non-negative: when they could make up the gap, the check does not fail for
  // certain, so it is a warning; when the given operands already exceed the judged side, an error.
  const explainable = absent.some((id) => spec.parts.includes(id)) && actual > expected;
  return {
    messageId: spec.messageId,
    ...(explainable ? { severity: "warning" as const } : {}),
    cells: [spec.judged],
    expected: round(expected, places),
    actual: round(actual, places),
    data: {
      table: l?.tableLabel ?? "",
      row: l?.rowLabel ?? "",
      column: l?.columnLabel ?? "",
      expected: fmt(round(expected, places)),
      actual: fmt(round(actual, places)),
      diff: fmt(round(actual - expected, places)),
      formula,
      lhsFormula,
      judgedCell: spec.judged,
      absent: absent.length,
      ...(spec.data ?? {}),
    },
    loc: judged.loc ?? null,
    operands: [...lhsIds.map((id) => operand(report, id, 1)), ...spec.parts.map((id) => operand(report, id, -1))],
    ...(assumptions.length ? { assumptions } : {}),
  };
}

export function round(n: number, places: number): number {
  // Whole numbers are already at every precision; toFixed is the costly part of a failing sum.
  return Number.isInteger(n) ? n : Number(n.toFixed(places));
}

/** Issuer level from the issuer name / title: township, county, prefecture, province, or unknown. */
export type IssuerLevel = "township" | "county" | "prefecture" | "province" | "unknown";

export function issuerLevel(report: Report): IssuerLevel {
  const name = (report.issuer ?? report.title ?? "").replace(/\s+/g, "");
  if (!name) return "unknown";
  if (/(镇|乡|街道)(人民政府|办事处)?/.test(name) && !/(县|区|市)人民政府办公室$/.test(name) && /(镇|乡|街道)/.test(name.slice(-8)))
    return "township";
  if (/^(北京|上海|天津|重庆)市/.test(name) && !/(县|区)/.test(name.slice(3))) return "province";
  if (/[省]|自治区/.test(name) && !/(市|县|区)/.test(name.replace(/自治区/, ""))) return "province";
  if (/(县|旗)/.test(name)) return "county";
  if (/区/.test(name) && /市.+区/.test(name)) return "county";
  if (/(市|州|盟)/.test(name)) return "prefecture";
  if (/区(人民政府|政府)/.test(name)) return "county";
  return "unknown";
}

/** True for 办公室/办公厅 issuers (a government's general office). */
export function isOffice(report: Report): boolean {
  return /办公(室|厅)$/.test((report.issuer ?? "").trim());
}
