import { describeCell } from "../../model/cells.js";
import { TERMS } from "../../explain/messages.js";
import { defineRule } from "../rule.js";
import { decimals, fmt, isOffice, issuerLevel, value } from "../support.js";

const ID = "active.fees.amount_wan_yuan";
// Heuristic ceilings in 万元 per issuer level (spec §4.4 A5); above them the figure was probably typed in 元.
const CEILING = { township: 1_000, office: 1_000, county: 1_000_000, prefecture: 10_000_000, unknown: 10_000_000 } as const;

export default defineRule({
  id: "A5",
  family: "implausible-value",
  severity: "warning",
  title: "行政事业性收费金额（万元）与机关层级不相称",
  description: "收费金额的单位是万元：超出机关层级的合理量级时，很可能误按“元”填报；超过 4 位小数也提示单位或精度问题。",
  basis: "国办公开办函〔2021〕30号 表二第二十条第（八）项“本年收费金额（单位：万元）”",
  status: "stable",
  messages: ["fee-too-large", "fee-precision"],
  check(ctx) {
    const v = value(ctx.report, ID);
    if (v === null) return;
    const c = ctx.report.cells[ID];
    const level = issuerLevel(ctx.report);
    if (level !== "province") {
      const key = level === "township" ? "township" : isOffice(ctx.report) && level !== "prefecture" ? "office" : level;
      const ceiling = CEILING[key];
      if (v > ceiling) {
        ctx.emit({
          messageId: "fee-too-large",
          cells: [ID],
          actual: v,
          data: {
            cell: describeCell(ID),
            value: fmt(v),
            yi: fmt(Math.round(v / 10_000)),
            asYuanWan: fmt(Number((v / 10_000).toFixed(2)), 2),
            issuer: ctx.report.issuer ?? TERMS.thisIssuer,
            ceiling: fmt(ceiling),
          },
          loc: c?.loc ?? null,
        });
        return;
      }
    }
    const places = decimals(v, c?.raw);
    if (places > 4)
      ctx.emit({
        messageId: "fee-precision",
        cells: [ID],
        actual: v,
        severity: "info",
        data: { cell: describeCell(ID), value: c?.raw?.trim() || fmt(v, 8), places },
        loc: c?.loc ?? null,
      });
  },
});
