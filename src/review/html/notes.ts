// The explanation shown beside a marked cell. Built from the finding's own data (message, the
// operands of its arithmetic, assumptions); an explanation engine can supply richer text through
// the same shape (see ExplainNote and the `explain` option of writeHtml).
import { describeCell } from "../../model/cells.js";
import type { Finding, Severity } from "../../model/finding.js";
import { locationText } from "../sheet.js";

export interface ExplainNote {
  /** Headline: what is wrong. */
  what: string;
  /** The arithmetic, as printed: "37 + 0 + 0 + 0 + 0 = 37，而总计为 46，相差 9". */
  numbers?: string | null;
  /** Likely causes, best first. */
  causes?: string[];
  /** What to check or change. */
  fix?: string[];
  assumptions?: string[];
}

export interface Note extends ExplainNote {
  number: number;
  findingId: string;
  severity: Severity;
  rule: string;
  family: string;
  cells: string[];
  where: string;
}

const n = (v: number | null) => (v === null ? "（未给出）" : String(v));

/** The arithmetic of a finding from its operands: "37 + 0 + 9 = 46". */
export function operandsText(f: Finding): string | null {
  if (!f.operands?.length) {
    if (f.expected === null && f.actual === null) return null;
    const diff = f.difference !== null ? `，相差 ${f.difference}` : "";
    return `应为 ${n(f.expected)}，实际为 ${n(f.actual)}${diff}`;
  }
  const plus = f.operands.filter((o) => o.sign === 1);
  const minus = f.operands.filter((o) => o.sign === -1);
  const side = (ops: typeof plus) => ops.map((o) => n(o.value)).join(" + ") || "0";
  const diff = f.difference !== null && f.difference !== 0 ? `，相差 ${f.difference}` : "";
  return `${side(plus)} ≠ ${side(minus)}${diff}`;
}

export function fallbackNote(f: Finding): ExplainNote {
  const operandLabels = f.operands?.length ? [`参与计算：${f.operands.map((o) => `${o.label} ${n(o.value)}`).join("；")}`] : [];
  return {
    what: f.message,
    numbers: operandsText(f),
    causes: [],
    fix: [],
    assumptions: [...(f.assumptions ?? []), ...operandLabels],
  };
}

export function noteOf(f: Finding, number: number, explain?: ExplainNote): Note {
  const e = explain ?? fallbackNote(f);
  return {
    ...e,
    number,
    findingId: f.id,
    severity: f.severity,
    rule: f.rule,
    family: f.family,
    cells: f.cells,
    where: [f.cells.slice(0, 3).map(describeCell).join("；") + (f.cells.length > 3 ? ` 等 ${f.cells.length} 个单元格` : ""), locationText(f.location)]
      .filter(Boolean)
      .join(" · "),
  };
}
