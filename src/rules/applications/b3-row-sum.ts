import { equationsOfKind } from "../../model/equations.js";
import { defineRule } from "../rule.js";
import { equationCheck, sumCheck } from "../support.js";

const CHECKS = equationsOfKind("row-sum").map((eq) => equationCheck(eq, "row-sum"));

// The format has no 法人 subtotal column: 总计 is the sum of the six applicant columns.
export default defineRule({
  id: "B3",
  family: "row-sum",
  severity: "error",
  title: "行总计等于各申请人列之和",
  description: "每一行：自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他 = 总计。",
  basis: "国办公开办函〔2021〕30号 表三列结构（“申请人情况”下分列，末列总计）",
  status: "stable",
  messages: ["row-sum"],
  check(ctx) {
    for (const spec of CHECKS) {
      const d = sumCheck(ctx.report, spec);
      if (d) ctx.emit(d);
    }
  },
});
