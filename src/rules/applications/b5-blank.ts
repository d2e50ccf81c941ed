import { ASSUMPTIONS } from "../../explain/messages.js";
import { cellLabel, describeCell } from "../../model/cells.js";
import { defineRule } from "../rule.js";
import { cellList } from "../support.js";
import { droppedColumnCells } from "../structure/f2-missing-column.js";

// A blank or "/" cell is "not filled", never silently 0: one warning per table row, naming its cells.
export default defineRule({
  id: "B5-blank",
  family: "missing-cell",
  severity: "warning",
  title: "空白或“/”单元格",
  description: "表格单元格空白或填写“/”“—”“无”，视为未填写；核算时按 0 计并明示该假设。",
  basis: "国办公开办函〔2021〕30号 表格填报要求（数值为 0 时应填 0）",
  status: "stable",
  messages: ["blank"],
  check(ctx) {
    const dropped = droppedColumnCells(ctx.report);
    const byRow = new Map<string, string[]>();
    for (const c of cellList(ctx.report)) {
      const id = c.id;
      if ((c.state !== "blank" && c.state !== "slash") || dropped.has(id)) continue;
      const row = id.slice(0, id.lastIndexOf("."));
      const list = byRow.get(row);
      if (list) list.push(id);
      else byRow.set(row, [id]);
    }
    for (const ids of byRow.values()) {
      const first = ids[0] as string;
      const l = cellLabel(first);
      const cols = ids.map((id) => cellLabel(id)?.columnLabel ?? id).join("、");
      ctx.emit({
        messageId: "blank",
        cells: ids,
        data: { table: l?.tableLabel ?? "", row: l?.rowLabel ?? "", columns: cols, count: ids.length, cell: describeCell(first) },
        loc: ctx.report.cells[first]?.loc ?? null,
        assumptions: [ASSUMPTIONS.blankAsZero],
      });
    }
  },
});
