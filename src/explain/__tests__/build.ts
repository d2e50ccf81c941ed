// Test support: Report objects built from the hand-read gold cells (no parser involved), and
// findings built from the failing identities the way the checker reports them.
import { ALL_CELL_IDS, cellLabel } from "../../model/cells.js";
import type { Finding } from "../../model/finding.js";
import type { Report } from "../../model/report.js";
import { seedCases } from "../../../test/helpers/gold.js";
import { testReport } from "../../../test/helpers/report.js";
import { EQUATIONS, failing } from "../diagnose/equations.js";

/** A Report of the given cells only: every other cell is absent (missing), no prose. */
export function reportFromCells(cells: Record<string, number | null>, extra: Partial<Report> = {}): Report {
  const given: Record<string, number | null> = Object.fromEntries(ALL_CELL_IDS.map((id) => [id, cells[id] ?? null]));
  const base = testReport({ cells: { ...cells, ...given }, onlySections: [], issuer: null, year: 2024 });
  return { ...base, ...extra };
}

export function seed(prefix: string): { report: Report; gold: ReturnType<typeof seedCases>[number]["gold"] } {
  const c = seedCases().find((s) => s.stem.startsWith(prefix));
  if (!c) throw new Error(`no seed ${prefix}`);
  return { report: reportFromCells(c.gold.cells, { issuer: c.gold.issuer, year: c.gold.year }), gold: c.gold };
}

/** One finding per failing identity, with the checker's operand convention (judged side +1). */
export function arithmeticFindings(report: Report): Finding[] {
  const values = Object.fromEntries(Object.entries(report.cells).map(([k, c]) => [k, c.value]));
  return failing(values, EQUATIONS).map((ev) => {
    const e = ev.equation;
    const l = cellLabel(e.target);
    return {
      id: `${e.key}-${e.target}`,
      rule: e.key.split(":")[0] as string,
      messageId: e.family,
      family: e.family,
      severity: "error",
      cells: [e.target],
      expected: ev.lhs,
      actual: ev.rhs,
      difference: ev.rhs - ev.lhs,
      data: {},
      message: `${l?.tableLabel}「${l?.rowLabel}」行「${l?.columnLabel}」列：各项之和为 ${ev.lhs}，表中为 ${ev.rhs}`,
      location: null,
      operands: e.terms.map((t) => ({ cell: t.cell, label: t.cell, value: report.cells[t.cell]?.value ?? null, sign: t.sign === 1 ? (-1 as const) : (1 as const) })),
    } satisfies Finding;
  });
}
