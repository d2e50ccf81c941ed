import { describeCell } from "../../model/cells.js";
import { defineRule } from "../rule.js";
import { fmt, operand, value } from "../support.js";

// Answer periods (20 + 20 working days) mean a request received before about November is closed by
// year-end; carrying forward more than the year's intake is unusual (补正 and consultation can stretch it).
export default defineRule({
  id: "X3",
  family: "implausible-value",
  severity: "info",
  title: "结转下年度不超过本年新收",
  description: "结转下年度继续办理的申请数一般不超过本年新收申请数；超过时请核实。",
  basis: "《中华人民共和国政府信息公开条例》第三十三条（答复期限）",
  status: "experimental",
  messages: ["carry-forward-exceeds-new"],
  check(ctx) {
    const cf = value(ctx.report, "applications.carried_forward.total");
    const n = value(ctx.report, "applications.new.total");
    if (cf === null || n === null || cf <= n) return;
    const id = "applications.carried_forward.total";
    ctx.emit({
      messageId: "carry-forward-exceeds-new",
      cells: [id],
      expected: n,
      actual: cf,
      data: { cell: describeCell(id), carried: fmt(cf), fresh: fmt(n) },
      loc: ctx.report.cells[id]?.loc ?? null,
      operands: [operand(ctx.report, id, 1), operand(ctx.report, "applications.new.total", -1)],
    });
  },
});
