import { equationsOfKind } from "../../model/equations.js";
import { defineRule } from "../rule.js";
import { equationCheck, sumCheck } from "../support.js";

const CHECKS = equationsOfKind("column-sum").map((eq) => equationCheck(eq, "column-sum"));

// Every request is counted in exactly one outcome row (区分处理的只计部分公开), so the 21 rows add up exactly.
export default defineRule({
  id: "B2",
  family: "column-sum",
  severity: "error",
  title: "办理结果之和等于（七）总计",
  description: "每一列：（一）至（六）各办理结果之和 = （七）总计。",
  basis: "国办公开办函〔2021〕30号 表三结构（“区分处理的，只计这一情形，不计其他情形”）",
  status: "stable",
  messages: ["column-sum"],
  check(ctx) {
    for (const spec of CHECKS) {
      const d = sumCheck(ctx.report, spec);
      if (d) ctx.emit(d);
    }
  },
});
