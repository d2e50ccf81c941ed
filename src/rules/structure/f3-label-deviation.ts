import { TERMS } from "../../explain/messages.js";
import { cellLabel } from "../../model/cells.js";
import { defineRule } from "../rule.js";

// The reader compares every label with the standard after normalisation (spec §3.4) and records what
// still differs; this rule turns each into a finding with the reader's severity.
export default defineRule({
  id: "F3",
  family: "label-deviation",
  severity: "warning",
  title: "标签与标准格式一致",
  description: "标题、行标签、列标题经规范化（全半角、空格、引号）后仍与格式规定文字不同。",
  basis: "国办公开办函〔2021〕30号 附表标签",
  status: "stable",
  messages: ["label-deviation"],
  check(ctx) {
    for (const d of ctx.report.deviations) {
      ctx.emit({
        messageId: "label-deviation",
        cells: [...d.cells],
        severity: d.severity,
        data: {
          where: d.cells[0] ? `${cellLabel(d.cells[0])?.tableLabel ?? ""}` : "",
          kind: TERMS.deviationKind[d.kind],
          kindEn: d.kind === "column" ? "column header" : d.kind === "row" ? "row label" : d.kind,
          seen: d.seen,
          standard: d.standard,
          count: d.cells.length,
        },
        loc: d.loc,
        key: `${d.kind}:${d.standard}`,
      });
    }
  },
});
