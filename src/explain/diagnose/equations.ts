// Evaluating the format's identities (src/model/equations.ts, the one statement of them) on plain
// values: the diagnosis re-runs the arithmetic on a copy of the report with one proposed change; it
// never changes the report itself.
import { APPLICATION_COLUMNS } from "../../model/cells.js";
import { EQUATIONS, type Equation } from "../../model/equations.js";

export { EQUATIONS, EQUATION_BY_KEY, type Equation, type EquationKind, type Term } from "../../model/equations.js";

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
