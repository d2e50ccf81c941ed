import { defineRule } from "../rule.js";
import { checkReviewBlock } from "./review-sum.js";

export default defineRule({
  id: "C2",
  family: "review-sum",
  severity: "error",
  title: "行政诉讼（未经复议直接起诉）总计等于各结果之和",
  description: "行政诉讼（未经复议直接起诉）：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计。",
  basis: "国办公开办函〔2021〕30号 表四",
  status: "stable",
  messages: ["review-sum"],
  check(ctx) {
    checkReviewBlock(ctx, "litigation_direct");
  },
});
