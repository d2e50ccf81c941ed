import { describeCell } from "../../model/cells.js";
import { defineRule } from "../rule.js";
import { fmt, operand, value } from "../support.js";

// A document issued this year is in force at year-end or was repealed within it; same-year lapse is rare.
export default defineRule({
  id: "A2",
  family: "implausible-value",
  severity: "warning",
  title: "本年制发件数不应超过现行有效件数与本年废止件数之和",
  description: "规章、行政规范性文件：本年制发 ≤ 现行有效 + 本年废止。",
  basis: "国办公开办函〔2021〕30号 表二第二十条第（一）项各列含义",
  status: "stable",
  messages: ["issued-exceeds"],
  check(ctx) {
    for (const [item, label] of [
      ["regulations", "规章"],
      ["normative_documents", "行政规范性文件"],
    ] as const) {
      const issued = value(ctx.report, `active.${item}.issued`);
      const inForce = value(ctx.report, `active.${item}.in_force`);
      const repealed = value(ctx.report, `active.${item}.repealed`);
      if (issued === null || inForce === null || repealed === null) continue;
      if (issued <= inForce + repealed) continue;
      const id = `active.${item}.issued`;
      ctx.emit({
        messageId: "issued-exceeds",
        cells: [id, `active.${item}.in_force`, `active.${item}.repealed`],
        expected: inForce + repealed,
        actual: issued,
        data: { item: label, cell: describeCell(id), issued: fmt(issued), inForce: fmt(inForce), repealed: fmt(repealed), diff: fmt(issued - inForce - repealed) },
        loc: ctx.report.cells[id]?.loc ?? null,
        operands: [operand(ctx.report, id, 1), operand(ctx.report, `active.${item}.in_force`, -1), operand(ctx.report, `active.${item}.repealed`, -1)],
      });
    }
  },
});
