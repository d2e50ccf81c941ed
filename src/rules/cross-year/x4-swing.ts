import { describeCell } from "../../model/cells.js";
import { defineRule } from "../rule.js";
import { fmt, operand } from "../support.js";

const IDS = ["active.licensing.decisions", "active.punishment.decisions", "active.enforcement.decisions", "active.fees.amount_wan_yuan"];

// A tenfold change year on year in Table A usually means a unit or scope change (spec §4.7 X4).
export default defineRule({
  id: "X4",
  family: "cross-year",
  severity: "info",
  title: "主动公开数据与上年量级一致",
  description: "许可、处罚、强制决定数和收费金额与上一年度相比变化超过 10 倍时，提示核实统计口径或单位。",
  basis: "国办公开办函〔2021〕30号 表二（统计口径应前后一致）",
  status: "experimental",
  messages: ["swing"],
  check(ctx) {
    const prev = ctx.options.previous;
    if (!prev) return;
    for (const id of IDS) {
      const now = ctx.report.cells[id]?.value ?? null;
      const before = prev.cells[id]?.value ?? null;
      if (now === null || before === null || now <= 0 || before <= 0) continue;
      const ratio = Math.max(now / before, before / now);
      // Small counts swing a lot by chance (3 → 40): require a real magnitude too.
      if (ratio < 10 || Math.max(now, before) < 100) continue;
      ctx.emit({
        messageId: "swing",
        cells: [id],
        expected: before,
        actual: now,
        data: { cell: describeCell(id), now: fmt(now), before: fmt(before), ratio: fmt(Number(ratio.toFixed(1)), 1), prevYear: prev.year ?? "上一年度" },
        loc: ctx.report.cells[id]?.loc ?? null,
        operands: [operand(ctx.report, id, 1), { ...operand(prev, id, -1), label: `上年报告${describeCell(id)}` }],
      });
    }
  },
});
