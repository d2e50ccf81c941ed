import { APPLICATION_COLUMNS, applicationCellId } from "../../model/cells.js";
import { defineRule } from "../rule.js";
import { sumCheck } from "../support.js";

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
    for (const c of APPLICATION_COLUMNS) {
      const d = sumCheck(ctx.report, {
        judged: applicationCellId("total", c.key),
        judgedExtra: [applicationCellId("carried_forward", c.key)],
        parts: [applicationCellId("new", c.key), applicationCellId("carried_over", c.key)],
        messageId: "unbalanced",
      });
      if (d) ctx.emit({ ...d, cells: [applicationCellId("total", c.key), applicationCellId("carried_forward", c.key)] });
    }
  },
});
