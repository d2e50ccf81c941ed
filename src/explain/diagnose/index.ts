// Deterministic cause search for findings: which cell is most likely wrong, what value would
// satisfy the failing identities, and which findings that change would clear. Never edits the
// report; every proposal is verified by re-running the arithmetic on a copy.
import type { Finding } from "../../model/finding.js";
import type { Report } from "../../model/report.js";
import { EQUATIONS, type Equation, EQUATION_BY_KEY } from "./equations.js";
import { diagnoseNarrativeSum } from "./narrative.js";
import { makeContext, searchArithmetic, zeroFill } from "./search.js";
import type { Cause, CauseKind, Diagnosis } from "./types.js";
import { diagnoseUnitSlip } from "./units.js";

export type { Cause, CauseKind, Change, Confidence, Diagnosis } from "./types.js";
export { EQUATIONS, evaluate, failing, type Equation, type Evaluation } from "./equations.js";
export { valuesOf } from "./search.js";

const ARITH_FAMILIES = new Set(["row-sum", "column-sum", "balance", "review-sum"]);

/** The identity a finding is about: from its operands when it gives them, else by its cells. */
export function equationOf(f: Finding): Equation | undefined {
  if (!ARITH_FAMILIES.has(f.family)) return undefined;
  const opCells = (f.operands ?? []).map((o) => o.cell).filter((c): c is string => !!c);
  if (opCells.length > 0) {
    const set = new Set(opCells);
    const exact = EQUATIONS.find((e) => e.terms.length === set.size && e.terms.every((t) => set.has(t.cell)));
    if (exact) return exact;
  }
  const same = EQUATIONS.filter((e) => e.family === f.family);
  return (
    same.find((e) => f.cells.length > 0 && f.cells.every((c) => e.target === c)) ??
    same.find((e) => f.cells.length > 0 && f.cells.includes(e.target) && f.cells.every((c) => e.terms.some((t) => t.cell === c))) ??
    same.find((e) => f.cells.includes(e.target))
  );
}

// More specific explanations of the same change win over the generic "one wrong cell".
const SPECIFICITY: Record<CauseKind, number> = {
  "ambiguous-reading": 0,
  "last-year": 1,
  "transposed-digits": 2,
  "missing-column": 3,
  "short-row": 3,
  "joined-digits": 4,
  "split-digits": 4,
  neighbour: 5,
  "whole-row": 6,
  "whole-column": 6,
  "single-cell": 6,
  "unit-slip": 0,
  "excess-decimals": 0,
  "narrative-overlap": 0,
  "narrative-missing-part": 0,
};

function dedupe(causes: Cause[]): Cause[] {
  const best = new Map<string, Cause>();
  for (const c of causes) {
    const sig = c.changes
      .map((ch) => `${ch.cell}=${ch.to}`)
      .sort()
      .join("|");
    const prev = best.get(sig);
    if (!prev || SPECIFICITY[c.kind] < SPECIFICITY[prev.kind]) best.set(sig, prev ? { ...c, score: Math.max(c.score, prev.score) } : c);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || b.clears.length - a.clears.length);
}

export interface DiagnoseOptions {
  previous?: Report;
  /** At most this many causes per finding (default 3). */
  max?: number;
}

/** Causes for every finding, keyed by finding id (findings without a diagnosis get an empty list). */
export function diagnose(report: Report, findings: readonly Finding[], options: DiagnoseOptions = {}): Map<string, Diagnosis> {
  const max = options.max ?? 3;
  const out = new Map<string, Diagnosis>();
  const eqOf = new Map<string, Equation>();
  for (const f of findings) {
    const e = equationOf(f);
    if (e) eqOf.set(f.id, e);
  }
  const structural = findings.some((f) => f.family === "missing-column" || f.family === "missing-cell");
  const ctx = eqOf.size > 0 || structural ? makeContext(report, options.previous) : null;
  const arithmetic = ctx ? dedupe(searchArithmetic(ctx)) : [];
  for (const c of arithmetic) c.clearsFindings = findings.filter((f) => c.clears.includes(eqOf.get(f.id)?.key ?? "")).map((f) => f.id);
  for (const f of findings) {
    let causes: Cause[] = [];
    const e = eqOf.get(f.id);
    if (e) causes = arithmetic.filter((c) => c.clears.includes(e.key));
    else if (f.family === "narrative-sum") causes = diagnoseNarrativeSum(f, report);
    else if (f.family === "implausible-value") causes = diagnoseUnitSlip(f, report);
    else if (f.family === "missing-column")
      causes = arithmetic.filter((c) => c.kind === "missing-column" && c.changes.some((ch) => f.cells.includes(ch.cell)));
    else if (f.family === "missing-cell" && ctx) {
      const z = zeroFill(ctx, f.cells);
      causes = z ? [{ ...z, clearsFindings: [f.id] }] : [];
    }
    out.set(f.id, { findingId: f.id, causes: rankFor(causes).slice(0, max) });
  }
  return out;
}

/** When several candidates fit equally well, none of them deserves "high". */
function rankFor(causes: Cause[]): Cause[] {
  const top = causes[0];
  if (!top) return causes;
  // Many equally weak guesses (any cell of one failing sum) are no diagnosis: say what to check instead.
  const sameWeak = causes.filter((c) => c.confidence === "low" && c.clears.join() === top.clears.join());
  if (top.confidence === "low" && sameWeak.length >= 3) return [];
  // An alternative that explains strictly less than the best one adds nothing.
  const top1 = new Set(top.clears);
  const kept = causes.filter(
    (c) => c === top || !(c.clears.length > 0 && c.clears.length < top1.size && c.clears.every((k) => top1.has(k)) && c.score <= top.score),
  );
  const rivals = kept.filter((c) => c !== top && c.score >= top.score - 0.05 && c.kind !== "narrative-overlap");
  if (rivals.length > 0 && top.confidence === "high") return [{ ...top, confidence: "medium" }, ...kept.slice(1)];
  return kept;
}

/** The diagnosis for a report on its own: the failing identities and their causes, no findings needed. */
export function diagnoseArithmetic(report: Report, previous?: Report): { failing: string[]; causes: Cause[] } {
  const ctx = makeContext(report, previous);
  return { failing: ctx.failing.map((e) => e.equation.key), causes: dedupe(searchArithmetic(ctx)) };
}

export { EQUATION_BY_KEY };
