import { describeCell } from "../../model/cells.js";
import { defineRule } from "../rule.js";
import { fmt } from "../support.js";
import { sectionProse } from "./text.js";

// A request closed because the fee was not paid means a fee notice was sent; section 六's fee
// statement should say so (spec §4.5, info only).
export default defineRule({
  id: "N-FEE",
  family: "narrative-mismatch",
  severity: "info",
  title: "收费通知与信息处理费说明一致",
  description: "表格（六）2“逾期未按收费通知要求缴纳费用”大于 0 时，“六、其他需要报告的事项”宜说明发出收费通知及收费情况。",
  basis: "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）",
  status: "experimental",
  messages: ["fee-notices"],
  check(ctx) {
    const id = "applications.other.no_fee.total";
    const n = ctx.report.cells[id]?.value ?? null;
    if (n === null || n <= 0) return;
    const other = sectionProse(ctx.report, "other");
    if (!other) return;
    // The section's normalised prose: whitespace dropped where a keyword could straddle it.
    if (/(收费通知|缴费通知|缴纳|通知缴费)/.test(other.prose.text)) return;
    ctx.emit({
      messageId: "fee-notices",
      cells: [id],
      actual: n,
      data: { count: fmt(n), cell: describeCell(id) },
      loc: ctx.report.cells[id]?.loc ?? other.section.loc,
    });
  },
});
