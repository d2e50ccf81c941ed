// The format's arithmetic identities (spec §4.1–4.3) as linear equations Σ sign·value = 0 over cell
// ids. The diagnosis needs them to re-run the arithmetic on a copy of the report with one proposed
// change; it never changes the report itself.
import {
  APPLICANT_KEYS,
  APPLICATION_COLUMN_KEYS,
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  OUTCOME_ROWS,
  REVIEW_BLOCKS,
  applicationCellId as cid,
} from "../../model/cells.js";
import type { Family } from "../../model/finding.js";

export interface Term {
  cell: string;
  sign: 1 | -1;
}

export type EquationKind = "balance" | "column-sum" | "row-sum" | "review-sum";

export interface Equation {
  /** Stable key, e.g. "B3:granted", "B2:natural", "B1:total", "C1:review". */
  key: string;
  kind: EquationKind;
  family: Family;
  /** The checked cell: the total on the right-hand side. */
  target: string;
  /** Left-hand terms (sign 1) and right-hand terms (sign -1). */
  terms: Term[];
  /** What the equation is about, for wording: a row key, a column key or a review block key. */
  subject: string;
}

const plus = (cell: string): Term => ({ cell, sign: 1 });
const minus = (cell: string): Term => ({ cell, sign: -1 });

function build(): Equation[] {
  const eqs: Equation[] = [];
  for (const c of APPLICATION_COLUMN_KEYS)
    eqs.push({
      key: `B1:${c}`,
      kind: "balance",
      family: "balance",
      target: cid("total", c),
      subject: c,
      terms: [plus(cid("new", c)), plus(cid("carried_over", c)), minus(cid("total", c)), minus(cid("carried_forward", c))],
    });
  for (const c of APPLICATION_COLUMN_KEYS)
    eqs.push({
      key: `B2:${c}`,
      kind: "column-sum",
      family: "column-sum",
      target: cid("total", c),
      subject: c,
      terms: [...OUTCOME_ROWS.map((r) => plus(cid(r.key, c))), minus(cid("total", c))],
    });
  for (const r of APPLICATION_ROWS)
    eqs.push({
      key: `B3:${r.key}`,
      kind: "row-sum",
      family: "row-sum",
      target: cid(r.key, "total"),
      subject: r.key,
      terms: [...APPLICANT_KEYS.map((c) => plus(cid(r.key, c))), minus(cid(r.key, "total"))],
    });
  REVIEW_BLOCKS.forEach((b, i) =>
    eqs.push({
      key: `C${i + 1}:${b.key}`,
      kind: "review-sum",
      family: "review-sum",
      target: `${b.key}.total`,
      subject: b.key,
      terms: ["upheld", "corrected", "other", "pending"].map((k) => plus(`${b.key}.${k}`)).concat(minus(`${b.key}.total`)),
    }),
  );
  return eqs;
}

export const EQUATIONS: readonly Equation[] = build();
export const EQUATION_BY_KEY: ReadonlyMap<string, Equation> = new Map(EQUATIONS.map((e) => [e.key, e]));

/** Cell values for arithmetic: null = not given. */
export type Values = Readonly<Record<string, number | null>>;

export interface Evaluation {
  equation: Equation;
  /** Left side (the parts), right side (the stated total side). */
  lhs: number;
  rhs: number;
  /** lhs − rhs; 0 when the identity holds. */
  residual: number;
  /** Cells of the equation the report does not give (counted as 0). */
  missing: string[];
  holds: boolean;
}

/** Rounds away float noise of sums of printed decimals (fees have at most 4 decimals). */
export const round = (x: number): number => Math.round(x * 1e6) / 1e6;

export function evaluate(eq: Equation, values: Values): Evaluation {
  let lhs = 0;
  let rhs = 0;
  const missing: string[] = [];
  for (const t of eq.terms) {
    const v = values[t.cell];
    if (v === null || v === undefined) missing.push(t.cell);
    else if (t.sign === 1) lhs += v;
    else rhs += v;
  }
  lhs = round(lhs);
  rhs = round(rhs);
  const residual = round(lhs - rhs);
  return { equation: eq, lhs, rhs, residual, missing, holds: residual === 0 };
}

/**
 * The equations that fail on these values. As in the checker, an equation is not evaluated when its
 * total is not given or none of its parts is (a missing table or column is a structural finding).
 */
export function failing(values: Values, eqs: readonly Equation[] = EQUATIONS): Evaluation[] {
  const out: Evaluation[] = [];
  for (const eq of eqs) {
    const ev = evaluate(eq, values);
    if (ev.missing.includes(eq.target)) continue;
    if (eq.terms.every((t) => t.sign === -1 || ev.missing.includes(t.cell))) continue;
    if (!ev.holds) out.push(ev);
  }
  return out;
}

/** The equations a cell takes part in. */
export function equationsOf(cell: string): Equation[] {
  return EQUATIONS.filter((e) => e.terms.some((t) => t.cell === cell));
}

/** Applicant/total column key of an applications cell id ("applications.denied.state_secret.other" → "other"). */
export function columnOf(cell: string): string | undefined {
  const m = /^applications\.(.+)\.([a-z_]+)$/.exec(cell);
  return m && APPLICATION_COLUMNS.some((c) => c.key === m[2]) ? m[2] : undefined;
}
export function rowOf(cell: string): string | undefined {
  const m = /^applications\.(.+)\.([a-z_]+)$/.exec(cell);
  return m ? m[1] : undefined;
}
