import { describeCell } from "../../model/cells.js";
import { defineRule } from "../rule.js";
import { fmt, operand } from "../support.js";

// Not an identity of the format: documents lapse at the end of their validity (失效, not 废止), are
// re-issued or transferred. A plausibility question, a warning only when the gap is large.
export default defineRule({
  id: "X2",
  family: "cross-year",
  severity: "info",
  title: "现行有效件数与上年衔接",
  description: "现行有效件数 ≈ 上年现行有效 + 本年制发 − 本年废止；差异可能源于有效期届满失效、清理或机构改革。",
  basis: "国办公开办函〔2021〕30号 表二第二十条第（一）项",
  status: "experimental",
  messages: ["stock"],
  check(ctx) {
    const prev = ctx.options.previous;
    if (!prev) return;
    for (const [item, label] of [
      ["regulations", "规章"],
      ["normative_documents", "行政规范性文件"],
    ] as const) {
      const v = (r: typeof prev, k: string) => r.cells[`active.${item}.${k}`]?.value ?? null;
      const before = v(prev, "in_force");
      const issued = v(ctx.report, "issued");
      const repealed = v(ctx.report, "repealed");
      const now = v(ctx.report, "in_force");
      if (before === null || issued === null || repealed === null || now === null) continue;
      const expected = before + issued - repealed;
      if (expected === now) continue;
      const diff = now - expected;
      const id = `active.${item}.in_force`;
      ctx.emit({
        messageId: "stock",
        cells: [id],
        expected,
        actual: now,
        severity: Math.abs(diff) > Math.max(3, 0.1 * Math.max(now, expected)) ? "warning" : "info",
        data: { item: label, cell: describeCell(id), before: fmt(before), issued: fmt(issued), repealed: fmt(repealed), expected: fmt(expected), now: fmt(now), diff: fmt(diff) },
        loc: ctx.report.cells[id]?.loc ?? null,
        operands: [
          operand(ctx.report, id, 1),
          { ...operand(prev, id, -1), label: `上年报告「${label}」现行有效件数` },
          operand(ctx.report, `active.${item}.issued`, -1),
          operand(ctx.report, `active.${item}.repealed`, 1),
        ],
      });
    }
  },
});
