import { cellLabel, describeCell } from "../../model/cells.js";
import { defineRule } from "../rule.js";
import { cellList, fmt } from "../support.js";

// Counts are whole, non-negative numbers; money (fees, procurement) and 2019 本年增/减 are not counts.
const NOT_COUNT = /^(active\.fees\.|active2019\.procurement\.amount|active2019\.[a-z_]+\.change$)/;

export default defineRule({
  id: "B5",
  family: "implausible-value",
  severity: "error",
  title: "数值应为非负整数",
  description: "件数、决定数、案件数等计数单元格必须是非负整数；收费金额不得为负。",
  basis: "国办公开办函〔2021〕30号 表二至表四（计数单位为件）",
  status: "stable",
  messages: ["negative", "fractional"],
  check(ctx) {
    for (const c of cellList(ctx.report)) {
      const id = c.id;
      if (c.value === null) continue;
      const negative = c.value < 0 && !id.endsWith(".change");
      if (!negative && (Number.isInteger(c.value) || NOT_COUNT.test(id))) continue;
      const l = cellLabel(id);
      const data = { cell: describeCell(id), table: l?.tableLabel ?? "", row: l?.rowLabel ?? "", column: l?.columnLabel ?? "", value: fmt(c.value) };
      ctx.emit({ messageId: negative ? "negative" : "fractional", cells: [id], actual: c.value, data, loc: c.loc ?? null });
    }
  },
});
