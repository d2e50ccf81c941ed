// Which cells each finding marks on the tables, and how: the judged cell (solid), the other cells of
// the identity (dashed) and the cell the diagnosis proposes to change (highlighted).
import type { Finding } from "../model/finding.js";
import { type Diagnosis, equationOf } from "../explain/diagnose/index.js";

export type MarkRole = "judged" | "operand" | "suspect";

export interface Mark {
  index: number; // 1-based finding number
  role: MarkRole;
}

const ROLE_ORDER: Record<MarkRole, number> = { suspect: 0, judged: 1, operand: 2 };

export function marksOf(findings: readonly Finding[], diagnoses?: Map<string, Diagnosis>): Map<string, Mark[]> {
  const marks = new Map<string, Mark[]>();
  const add = (cell: string, index: number, role: MarkRole) => {
    const list = marks.get(cell) ?? [];
    const same = list.find((m) => m.index === index);
    if (same) {
      if (ROLE_ORDER[role] < ROLE_ORDER[same.role]) same.role = role;
    } else list.push({ index, role });
    marks.set(cell, list);
  };
  findings.forEach((f, i) => {
    const index = i + 1;
    const eq = equationOf(f);
    for (const c of f.cells) add(c, index, "judged");
    if (eq) for (const t of eq.terms) add(t.cell, index, "operand");
    const best = diagnoses?.get(f.id)?.causes[0];
    if (best && best.confidence !== "low")
      for (const ch of best.changes) if (!(ch.from === null && ch.to === 0)) add(ch.cell, index, "suspect");
  });
  for (const list of marks.values()) list.sort((a, b) => a.index - b.index);
  return marks;
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/** ① … ⑳, then [21]. */
export function badge(index: number): string {
  return index >= 1 && index <= CIRCLED.length ? (CIRCLED[index - 1] as string) : `[${index}]`;
}
