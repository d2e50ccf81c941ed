import { describeCell } from "../../model/cells.js";
import { defineRule } from "../rule.js";
import { fmt } from "../support.js";
import { locate, proseOf } from "./text.js";

const RATE = /(办结率|答复率|按时办结率|按时答复率)(?:达到|达|为|均为)?(100(?:\.0+)?)%/g;

// "答复率 100%" with requests carried into next year holds only if those were not yet due (spec §4.5).
export default defineRule({
  id: "N-PCT",
  family: "narrative-mismatch",
  severity: "info",
  title: "办结率与结转下年度一致",
  description: "正文称办结率（答复率）100%，而表格有结转下年度继续办理的申请时，提示核实口径（未到期的申请可不计入）。",
  basis: "国办公开办函〔2021〕30号 表三“四、结转下年度继续办理”",
  status: "experimental",
  messages: ["rate-with-carry-forward"],
  check(ctx) {
    const id = "applications.carried_forward.total";
    const cf = ctx.report.cells[id]?.value ?? null;
    if (cf === null || cf <= 0) return;
    for (const prose of proseOf(ctx.report)) {
      if (!prose.text.includes("率")) continue; // every rate word ends in 率
      const m = RATE.exec(prose.text);
      RATE.lastIndex = 0;
      if (!m) continue;
      const at = m.index;
      ctx.emit({
        messageId: "rate-with-carry-forward",
        cells: [id],
        expected: 0,
        actual: cf,
        data: { quote: m[0], rate: m[1] ?? "", carried: fmt(cf), cell: describeCell(id) },
        loc: locate(ctx.report, prose, at, at + m[0].length),
        key: prose.section,
      });
      return;
    }
  },
});
