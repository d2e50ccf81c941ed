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
  messages: ["stock", "stock-2019"],
  check(ctx) {
    const prev = ctx.options.previous;
    if (!prev) return;
    // 2021 format: 现行有效 ≈ 上年现行有效 + 本年制发 − 本年废止. 2019 format: 对外公开总数量 ≈ 上年总数量 + 本年新公开.
    const f2019 = ctx.report.format === "2019" && prev.format === "2019";
    const ns = f2019 ? "active2019" : "active";
    const [stockKey, inKey, outKey] = f2019 ? ["total_published", "new_published", null] : ["in_force", "issued", "repealed"];
    for (const [item, label] of [
      ["regulations", "规章"],
      ["normative_documents", f2019 ? "规范性文件" : "行政规范性文件"],
    ] as const) {
      const v = (r: typeof prev, k: string | null) => (k === null ? 0 : (r.cells[`${ns}.${item}.${k}`]?.value ?? null));
      const before = v(prev, stockKey);
      const issued = v(ctx.report, inKey);
      const repealed = v(ctx.report, outKey);
      const now = v(ctx.report, stockKey);
      if (before === null || issued === null || repealed === null || now === null) continue;
      const expected = before + issued - repealed;
      if (expected === now) continue;
      const diff = now - expected;
      const id = `${ns}.${item}.${stockKey}`;
      ctx.emit({
        messageId: f2019 ? "stock-2019" : "stock",
        cells: [id],
        expected,
        actual: now,
        severity: Math.abs(diff) > Math.max(3, 0.1 * Math.max(now, expected)) ? "warning" : "info",
        data: { item: label, cell: describeCell(id), before: fmt(before), issued: fmt(issued), repealed: fmt(repealed), expected: fmt(expected), now: fmt(now), diff: fmt(diff) },
        loc: ctx.report.cells[id]?.loc ?? null,
        operands: [
          operand(ctx.report, id, 1),
          { ...operand(prev, id, -1), label: `上年报告「${label}」${f2019 ? "对外公开总数量" : "现行有效件数"}` },
          operand(ctx.report, `${ns}.${item}.${inKey}`, -1),
          ...(outKey ? [operand(ctx.report, `${ns}.${item}.${outKey}`, 1)] : []),
        ],
      });
    }
  },
});
