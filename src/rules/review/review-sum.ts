// Shared by C1–C3: the four results of a 复议/诉讼 block add up to its 总计.
import { REVIEW_RESULTS } from "../../model/cells.js";
import type { RuleContext } from "../rule.js";
import { sumCheck } from "../support.js";

export function checkReviewBlock(ctx: RuleContext, block: string): void {
  const d = sumCheck(ctx.report, {
    judged: `${block}.total`,
    parts: REVIEW_RESULTS.filter((r) => r.key !== "total").map((r) => `${block}.${r.key}`),
    messageId: "review-sum",
  });
  if (d) ctx.emit(d);
}
