import { cellLabel, describeCell } from "../../model/cells.js";
import type { StructureIssue } from "../../model/report.js";
import { defineRule } from "../rule.js";
import { cellList } from "../support.js";
import { droppedColumnCells } from "./f2-missing-column.js";

const ISSUE_KINDS = new Set(["missing-cell", "short-row", "missing-row", "ambiguous-cell"]);

// Cells the document does not give, outside a dropped column: warned once per row, never guessed.
export default defineRule({
  id: "F2-cell",
  family: "missing-cell",
  severity: "warning",
  title: "单元格缺失或无法确定",
  description: "某行数字少于列数、整行缺失，或数字无法确定取值（粘连无法拆分、排版顺序无法对应）时，相应单元格视为未给出，不推定为 0。",
  basis: "国办公开办函〔2021〕30号 附表（每个单元格均应填写）",
  status: "stable",
  messages: ["short-row", "missing-cells", "missing-rows", "ambiguous"],
  check(ctx) {
    const { report } = ctx;
    const dropped = droppedColumnCells(report);
    // Blank and "/" cells are B5-blank's; the 2019 format has no （六） sub-items 1–2 (gold README).
    const format2019 = report.format === "2019";
    const droppedCol = (id: string) =>
      dropped.has(id) ||
      report.cells[id]?.state === "blank" ||
      report.cells[id]?.state === "slash" ||
      (format2019 && /^applications\.other\.(no_correction|no_fee)\./.test(id));
    const done = new Set<string>();
    // Whole rows missing within one group (（六）其他处理 printed as a single row, 2019 layout) are one
    // problem: one finding listing every cell of those rows.
    const rowsByGroup = new Map<string, StructureIssue[]>();
    for (const issue of report.issues.filter((i) => i.kind === "missing-row" && i.cells.length)) {
      const first = issue.cells[0] as string;
      const group = cellLabel(first)?.groupLabel ?? first.slice(0, first.lastIndexOf("."));
      rowsByGroup.set(group, [...(rowsByGroup.get(group) ?? []), issue]);
    }
    for (const [group, issues] of rowsByGroup) {
      const cells = issues.flatMap((i) => i.cells).filter((c) => !done.has(c));
      if (cells.length === 0) continue;
      cells.forEach((c) => done.add(c));
      const first = cells[0] as string;
      const l = cellLabel(first);
      const rows = [...new Set(cells.map((c) => cellLabel(c)?.rowLabel ?? c))];
      ctx.emit({
        messageId: "missing-rows",
        cells,
        data: { table: l?.tableLabel ?? "", group: l?.groupLabel ?? "", rows: rows.join("、"), count: rows.length, cells: cells.length, detail: issues.map((i) => i.detail).join("；") },
        loc: issues[0]?.loc ?? null,
        key: group,
      });
    }
    for (const issue of report.issues.filter((i) => ISSUE_KINDS.has(i.kind) && i.kind !== "missing-row")) {
      const cells = issue.cells.filter((c) => !droppedCol(c) && !done.has(c));
      if (cells.length === 0) continue;
      cells.forEach((c) => done.add(c));
      ctx.emit({
        messageId: issue.kind === "ambiguous-cell" ? "ambiguous" : "short-row",
        cells,
        data: rowData(cells, issue.printed?.join(" ") ?? "", issue.detail),
        loc: issue.loc ?? report.cells[cells[0] as string]?.loc ?? null,
      });
    }
    // Absent cells no issue accounts for, grouped by row.
    const byRow = new Map<string, string[]>();
    for (const c of cellList(report)) {
      const id = c.id;
      if ((c.state !== "missing" && c.state !== "ambiguous") || done.has(id) || droppedCol(id)) continue;
      if (id.startsWith("active.") && report.format === "2019") continue;
      if (id.startsWith("active2019.") && report.format !== "2019") continue;
      const row = id.slice(0, id.lastIndexOf("."));
      const list = byRow.get(row);
      if (list) list.push(id);
      else byRow.set(row, [id]);
    }
    for (const cells of byRow.values()) {
      const ambiguous = cells.every((id) => report.cells[id]?.state === "ambiguous");
      ctx.emit({
        messageId: ambiguous ? "ambiguous" : "missing-cells",
        cells,
        data: rowData(cells, "", ""),
        loc: report.cells[cells[0] as string]?.loc ?? null,
      });
    }
  },
});

/** Message data of absent cells of one row: where they are, and the reader's own account of why. */
function rowData(cells: readonly string[], printed: string, detail: string): Record<string, string | number> {
  const first = cells[0] as string;
  const l = cellLabel(first);
  return {
    table: l?.tableLabel ?? "",
    row: l?.rowLabel ?? "",
    columns: cells.map((c) => cellLabel(c)?.columnLabel ?? c).join("、"),
    count: cells.length,
    printed,
    detail,
    // Why a cell is ambiguous is the reader's to say (digits run together, reading order, …).
    reason: detail ? `：${detail}` : "",
    cell: describeCell(first),
  };
}
