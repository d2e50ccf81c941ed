import { APPLICATION_COLUMNS, APPLICATION_COLUMN_KEYS, APPLICATION_ROW_IDS, APPLICATION_ROWS, TABLE_LABELS, applicationCellId } from "../../model/cells.js";
import type { Report, SourceLocation } from "../../model/report.js";
import { defineRule } from "../rule.js";
import { cellArray, cellIndex, forLastReport } from "../support.js";

// A dropped column (002: 其他 missing from the header and from rows 三–四) is one problem, reported once
// with all the cells it takes away, not as dozens of row or cell findings.
// A dropped column shows as absent cells in text, or as empty grid cells in HTML/.docx renderings.
// Empty cells alone are not enough (some reports leave every zero blank): the header must lack the
// column too.

export interface DroppedColumn {
  label: string;
  cells: string[];
  detail: string;
  loc: SourceLocation | null;
}

/** Columns of the 申请 table the document does not give: the reader's issues, else inferred. */
// Asked by several arithmetic rules per report: work it out once.
export const droppedColumns: (report: Report) => DroppedColumn[] = forLastReport((report) => findDroppedColumns(report));

// The cell ids of each column, row by row, built once.
const COLUMNS = APPLICATION_COLUMNS.map((col, c) => {
  const ids = APPLICATION_ROWS.map((r) => APPLICATION_ROW_IDS.get(r.key)![c]!);
  return { ...col, ids, index: ids.map(cellIndex) };
});
// Per row, the cellIndex of every column: "does this row print another column?".
const ROW_INDEX = APPLICATION_ROWS.map((r) => APPLICATION_COLUMN_KEYS.map((k) => ({ key: k, index: cellIndex(applicationCellId(r.key, k)) })));

function findDroppedColumns(report: Report): DroppedColumn[] {
  const out: DroppedColumn[] = report.issues
    .filter((i) => i.kind === "missing-column")
    .map((i) => ({ label: i.column ?? "", cells: [...i.cells], detail: i.detail, loc: i.loc ?? null }));
  if (!report.tables.applications.found) return out;
  const covered = new Set(out.flatMap((d) => d.cells));
  const header = report.tables.applications.columns;
  const arr = cellArray(report);
  for (const col of COLUMNS) {
    if (covered.size > 0 && col.ids.some((id) => covered.has(id))) continue;
    // Not in the header: blank and "/" cells count as absent too, else only missing ones.
    const blankToo = header.length > 0 && !header.includes(col.key);
    // Only rows that print other columns count: a row missing as a whole is not a dropped column.
    const dropped: string[] = [];
    for (let row = 0; row < col.ids.length; row++) {
      const state = arr[col.index[row] ?? -1]?.state;
      if (state !== "missing" && !(blankToo && (state === "blank" || state === "slash"))) continue;
      if ((ROW_INDEX[row] ?? []).some((o) => o.key !== col.key && arr[o.index]?.value != null)) dropped.push(col.ids[row] as string);
    }
    if (dropped.length >= 12) out.push({ label: col.label, cells: dropped, detail: "", loc: report.tables.applications.loc ?? null });
  }
  return out;
}

/** Every cell a dropped column takes away (asked by the cell-walking rules). */
export const droppedColumnCells: (report: Report) => ReadonlySet<string> = forLastReport((report) => {
  const dropped = droppedColumns(report);
  return dropped.length === 0 ? NO_CELLS : new Set(dropped.flatMap((d) => d.cells));
});
const NO_CELLS: ReadonlySet<string> = new Set();

export default defineRule({
  id: "F2-column",
  family: "missing-column",
  severity: "error",
  title: "申请情况表列齐全",
  description: "收到和处理申请情况表应有自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计 7 列；缺列时逐行数值无法对应。",
  basis: "国办公开办函〔2021〕30号 表三列结构",
  status: "stable",
  messages: ["missing-column"],
  check(ctx) {
    for (const d of droppedColumns(ctx.report))
      ctx.emit({
        messageId: "missing-column",
        cells: d.cells,
        data: { table: TABLE_LABELS.applications, column: d.label, count: d.cells.length, detail: d.detail },
        loc: d.loc,
        key: d.label,
      });
  },
});
