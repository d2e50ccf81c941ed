import { TABLE_LABELS, type TableId } from "../../model/cells.js";
import { defineRule } from "../rule.js";

export default defineRule({
  id: "F2",
  family: "missing-table",
  severity: "error",
  title: "三张统计表齐全",
  description: "主动公开、收到和处理申请、行政复议行政诉讼三张表都应存在并可读。",
  basis: "国办公开办函〔2021〕30号 附表",
  status: "stable",
  messages: ["missing-table", "unreadable-table"],
  check(ctx) {
    const tables = ctx.report.tables;
    const unreadable = new Set(ctx.report.issues.filter((i) => i.kind === "unreadable-table" && i.table).map((i) => i.table as TableId));
    for (const t of ["active", "applications", "review"] as const) {
      // A 2019-format report has its own 主动公开 table; the format-version rule speaks for it.
      if (tables[t].found && !unreadable.has(t)) continue;
      const issue = ctx.report.issues.find((i) => (i.kind === "unreadable-table" || i.kind === "missing-table") && i.table === t);
      ctx.emit({
        messageId: tables[t].found ? "unreadable-table" : "missing-table",
        cells: [],
        data: { table: TABLE_LABELS[t], detail: issue?.detail ?? "" },
        loc: issue?.loc ?? tables[t].loc ?? null,
        key: t,
      });
    }
  },
});
