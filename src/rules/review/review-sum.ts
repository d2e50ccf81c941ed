// Shared by C1–C3: the four results of a 复议/诉讼 block add up to its 总计 (src/model/equations.ts).
import { equationsOfKind } from "../../model/equations.js";
import type { RuleContext } from "../rule.js";
import { type SumCheck, equationCheck, sumCheck } from "../support.js";

const CHECKS = new Map<string, SumCheck>(equationsOfKind("review-sum").map((eq) => [eq.subject, equationCheck(eq, "review-sum")]));

export function checkReviewBlock(ctx: RuleContext, block: string): void {
  const spec = CHECKS.get(block);
  if (!spec) throw new Error(`no identity for review block ${block}`);
  const d = sumCheck(ctx.report, spec);
  if (d) ctx.emit(d);
}
