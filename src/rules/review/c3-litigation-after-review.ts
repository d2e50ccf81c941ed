import { defineRule } from "../rule.js";
import { checkReviewBlock } from "./review-sum.js";

export default defineRule({
  id: "C3",
  family: "review-sum",
  severity: "error",
  title: "行政诉讼（复议后起诉）总计等于各结果之和",
  description: "行政诉讼（复议后起诉）：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计。",
  basis: "国办公开办函〔2021〕30号 表四",
  status: "stable",
  messages: ["review-sum"],
  check(ctx) {
    checkReviewBlock(ctx, "litigation_after_review");
  },
});
