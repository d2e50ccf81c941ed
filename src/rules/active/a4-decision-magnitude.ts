import { describeCell } from "../../model/cells.js";
import { TERMS, fill } from "../../explain/messages.js";
import { defineRule } from "../rule.js";
import { fmt, issuerLevel, value } from "../support.js";

const IDS = ["active.licensing.decisions", "active.punishment.decisions", "active.enforcement.decisions"];
// Rough ceilings per issuer level (spec §4.4 A4): above them the figure may include traffic tickets or
// another unit's decisions. A question for the reviewer, never an error.
const CEILING = { township: 5_000, county: 100_000, prefecture: 1_000_000 } as const;

export default defineRule({
  id: "A4",
  family: "implausible-value",
  severity: "info",
  title: "许可、处罚、强制决定数与机关层级相称",
  description: "行政许可、行政处罚、行政强制的本年处理决定数量远超同级机关的常见量级时，提示核实统计口径（如是否计入交通违法处罚）。",
  basis: "国办公开办函〔2021〕30号 表二第二十条第（五）（六）项",
  status: "experimental",
  messages: ["decisions-large"],
  check(ctx) {
    const level = issuerLevel(ctx.report);
    if (level !== "township" && level !== "county" && level !== "prefecture") return;
    const ceiling = CEILING[level];
    const large = IDS.filter((id) => (value(ctx.report, id) ?? 0) > ceiling);
    if (large.length === 0) return;
    const first = large[0] as string;
    ctx.emit({
      messageId: "decisions-large",
      cells: large,
      actual: value(ctx.report, first),
      data: {
        cells: large.map((id) => fill(TERMS.cellIs, { cell: describeCell(id), value: fmt(value(ctx.report, id)) })).join("；"),
        issuer: ctx.report.issuer ?? TERMS.thisIssuer,
        ceiling: fmt(ceiling),
      },
      loc: ctx.report.cells[first]?.loc ?? null,
    });
  },
});
