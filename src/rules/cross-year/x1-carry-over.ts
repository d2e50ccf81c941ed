import { APPLICATION_COLUMNS, describeCell } from "../../model/cells.js";
import { defineRule } from "../rule.js";
import { fmt, operand } from "../support.js";

// What year Y−1 carries forward is exactly what year Y carries over, column by column.
export default defineRule({
  id: "X1",
  family: "cross-year",
  severity: "error",
  title: "上年结转与上年报告结转下年度一致",
  description: "本年“二、上年结转”各列应等于上一年度报告“四、结转下年度继续办理”的对应列。",
  basis: "国办公开办函〔2021〕30号 表三（结转的定义）",
  status: "stable",
  messages: ["carry-over"],
  check(ctx) {
    const prev = ctx.options.previous;
    if (!prev) return;
    for (const c of APPLICATION_COLUMNS) {
      const id = `applications.carried_over.${c.key}`;
      const prevId = `applications.carried_forward.${c.key}`;
      const now = ctx.report.cells[id]?.value ?? null;
      const before = prev.cells[prevId]?.value ?? null;
      if (now === null || before === null || now === before) continue;
      // Same issuer: the two reports must agree; a renamed or merged issuer may explain it.
      const sameIssuer = !prev.issuer || !ctx.report.issuer || prev.issuer === ctx.report.issuer;
      ctx.emit({
        messageId: "carry-over",
        ...(sameIssuer ? {} : { severity: "warning" as const }),
        cells: [id],
        expected: before,
        actual: now,
        data: {
          cell: describeCell(id),
          column: c.label,
          now: fmt(now),
          before: fmt(before),
          prevYear: prev.year ?? "上一年度",
          year: ctx.report.year ?? "本年度",
          diff: fmt(now - before),
        },
        loc: ctx.report.cells[id]?.loc ?? null,
        operands: [operand(ctx.report, id, 1), { ...operand(prev, prevId, -1), label: `上年报告「四、结转下年度继续办理」${c.label}` }],
      });
    }
  },
});
