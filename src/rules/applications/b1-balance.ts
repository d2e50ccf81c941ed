import { equationsOfKind } from "../../model/equations.js";
import { defineRule } from "../rule.js";
import { equationCheck, sumCheck } from "../support.js";

const CHECKS = equationsOfKind("balance").map((eq) => equationCheck(eq, "unbalanced"));

// The one identity the format prints in the table itself; it holds per column ("本列数据").
export default defineRule({
  id: "B1",
  family: "balance",
  severity: "error",
  title: "办理平衡（第一项加第二项之和，等于第三项加第四项之和）",
  description: "每一列：本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理。",
  basis: "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）表三表注",
  status: "stable",
  messages: ["unbalanced"],
  check(ctx) {
    for (const spec of CHECKS) {
      const d = sumCheck(ctx.report, spec);
      // Both printed figures of the total side (总计 and 结转下年度) are in question.
      if (d) ctx.emit({ ...d, cells: [spec.judged, ...(spec.judgedExtra ?? [])] });
    }
  },
});
