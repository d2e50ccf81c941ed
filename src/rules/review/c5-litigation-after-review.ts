import { describeCell } from "../../model/cells.js";
import { defineRule } from "../rule.js";
import { fmt, operand, value } from "../support.js";

// A lawsuit after reconsideration follows a reconsideration of this year or the year before, so more
// of them than the two years' reconsiderations together is not believable (spec §4.3 C5). Only
// plausibility: a reconsideration from an earlier year, or a changed issuer, could explain it.
const AFTER = "litigation_after_review.total";
const REVIEW = "review.total";

export default defineRule({
  id: "C5",
  family: "implausible-value",
  severity: "info",
  title: "复议后起诉数不超过两年复议数",
  description: "“行政复议后起诉”总计一般不应超过本年与上年“行政复议”总计之和（需提供上一年度报告）。",
  basis: "国办公开办函〔2021〕30号 表四（复议后起诉的定义）；《行政诉讼法》第四十五条",
  status: "stable",
  messages: ["after-review-exceeds"],
  check(ctx) {
    const prev = ctx.options.previous;
    if (!prev) return;
    const after = value(ctx.report, AFTER);
    const now = value(ctx.report, REVIEW);
    const before = value(prev, REVIEW);
    if (after === null || now === null || before === null || after <= now + before) return;
    ctx.emit({
      messageId: "after-review-exceeds",
      cells: [AFTER],
      expected: now + before,
      actual: after,
      data: {
        cell: describeCell(AFTER),
        after: fmt(after),
        now: fmt(now),
        before: fmt(before),
        limit: fmt(now + before),
        year: ctx.report.year ?? "本年度",
        prevYear: prev.year ?? "上一年度",
      },
      loc: ctx.report.cells[AFTER]?.loc ?? null,
      operands: [
        operand(ctx.report, AFTER, 1),
        operand(ctx.report, REVIEW, -1),
        { ...operand(prev, REVIEW, -1), label: "上年报告「行政复议」总计" },
      ],
    });
  },
});
