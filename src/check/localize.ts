// Spec §4.2 B6: B1–B3 over-determine the table, so a wrong cell usually breaks one row check and one
// column check. For each such pair, the value that satisfies both (solved from each check) names the
// likely culprit. Never applied to the numbers: it only goes into the findings as a suggestion.
import type { Finding } from "../model/finding.js";

const ARITH = new Set(["B1", "B2", "B3", "C1", "C2", "C3"]);

/** The value of `cell` that would make the check hold, with the other operands as printed. */
function solve(f: Finding, cell: string): number | null {
  const ops = f.operands ?? [];
  const target = ops.find((o) => o.cell === cell);
  if (!target) return null;
  // Σ sign·value = 0 when the check holds (judged side +1, parts −1).
  const rest = ops.filter((o) => o !== target).reduce((s, o) => s + o.sign * (o.value ?? 0), 0);
  return Number((-rest / target.sign).toFixed(4));
}

export function localize(findings: Finding[]): void {
  const arith = findings.filter((f) => ARITH.has(f.rule) && f.operands);
  for (let i = 0; i < arith.length; i++)
    for (let j = i + 1; j < arith.length; j++) {
      const a = arith[i] as Finding;
      const b = arith[j] as Finding;
      const shared = (a.operands ?? []).map((o) => o.cell).filter((c): c is string => !!c && (b.operands ?? []).some((o) => o.cell === c));
      for (const cell of shared) {
        const va = solve(a, cell);
        const vb = solve(b, cell);
        if (va === null || va !== vb || va < 0 || !Number.isInteger(va)) continue;
        for (const [f, other] of [
          [a, b],
          [b, a],
        ] as const) {
          f.related = [...new Set([...(f.related ?? []), other.id])];
          if (f.data.suggestedCell === undefined) {
            f.data.suggestedCell = cell;
            f.data.suggestedValue = va;
            f.data.printedValue = (f.operands ?? []).find((o) => o.cell === cell)?.value ?? null;
          }
        }
      }
    }
  // A sum that fails because a dropped column's cells are absent points at the column finding.
  const columns = findings.filter((f) => f.family === "missing-column");
  for (const f of arith)
    for (const col of columns)
      if ((f.operands ?? []).some((o) => o.value === null && o.cell && col.cells.includes(o.cell))) {
        f.related = [...new Set([...(f.related ?? []), col.id])];
        f.data.likelyCause = "missing-column";
        col.related = [...new Set([...(col.related ?? []), f.id])];
      }
}
