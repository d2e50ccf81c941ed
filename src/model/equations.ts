// The format's arithmetic identities (spec §4.1–4.3) as linear equations Σ sign·value = 0 over cell
// ids: stated once here. The arithmetic rules (B1–B3, C1–C3) check them; the diagnosis re-runs them
// on a copy of the report with one proposed change.
import {
  APPLICANT_KEYS,
  APPLICATION_COLUMN_KEYS,
  APPLICATION_ROWS,
  OUTCOME_ROWS,
  REVIEW_BLOCKS,
  REVIEW_RESULTS,
  applicationCellId as cid,
} from "./cells.js";
import type { Family } from "./finding.js";

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
  /** Parts (sign 1), then the stated total side (sign −1), each in the format's order. */
  terms: Term[];
  /** What the equation is about, for wording: a row key, a column key or a review block key. */
  subject: string;
}

const plus = (cell: string): Term => ({ cell, sign: 1 });
const minus = (cell: string): Term => ({ cell, sign: -1 });

function build(): Equation[] {
  const eqs: Equation[] = [];
  // B1, the one identity the table prints itself ("本列数据"): 一 + 二 = 总计 + 四, in every column.
  for (const c of APPLICATION_COLUMN_KEYS)
    eqs.push({
      key: `B1:${c}`,
      kind: "balance",
      family: "balance",
      target: cid("total", c),
      subject: c,
      terms: [plus(cid("new", c)), plus(cid("carried_over", c)), minus(cid("total", c)), minus(cid("carried_forward", c))],
    });
  // B2: every request is counted in exactly one outcome row, so the 21 rows add up to （七）总计.
  for (const c of APPLICATION_COLUMN_KEYS)
    eqs.push({
      key: `B2:${c}`,
      kind: "column-sum",
      family: "column-sum",
      target: cid("total", c),
      subject: c,
      terms: [...OUTCOME_ROWS.map((r) => plus(cid(r.key, c))), minus(cid("total", c))],
    });
  // B3: the format has no 法人 subtotal column, so 总计 is the sum of the six applicant columns.
  for (const r of APPLICATION_ROWS)
    eqs.push({
      key: `B3:${r.key}`,
      kind: "row-sum",
      family: "row-sum",
      target: cid(r.key, "total"),
      subject: r.key,
      terms: [...APPLICANT_KEYS.map((c) => plus(cid(r.key, c))), minus(cid(r.key, "total"))],
    });
  // C1–C3: the four results of a 复议/诉讼 block add up to its 总计.
  REVIEW_BLOCKS.forEach((b, i) =>
    eqs.push({
      key: `C${i + 1}:${b.key}`,
      kind: "review-sum",
      family: "review-sum",
      target: `${b.key}.total`,
      subject: b.key,
      terms: [...REVIEW_RESULTS.filter((r) => r.key !== "total").map((r) => plus(`${b.key}.${r.key}`)), minus(`${b.key}.total`)],
    }),
  );
  return eqs;
}

export const EQUATIONS: readonly Equation[] = build();
export const EQUATION_BY_KEY: ReadonlyMap<string, Equation> = new Map(EQUATIONS.map((e) => [e.key, e]));

export function equationsOfKind(kind: EquationKind): Equation[] {
  return EQUATIONS.filter((e) => e.kind === kind);
}
