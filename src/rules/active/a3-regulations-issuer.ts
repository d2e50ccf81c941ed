import { TERMS } from "../../explain/messages.js";
import { defineRule } from "../rule.js";
import { fmt, issuerLevel, value } from "../support.js";

// 立法法: only 国务院部门 and provincial / 设区的市 / 自治州 governments make 规章.
export default defineRule({
  id: "A3",
  family: "implausible-value",
  severity: "warning",
  title: "县、乡级机关不制定规章",
  description: "县级、乡镇级政府及其部门无规章制定权，规章各栏应为 0。",
  basis: "《中华人民共和国立法法》第九十三条（地方政府规章的制定主体）",
  status: "stable",
  messages: ["regulations-low-level"],
  check(ctx) {
    const level = issuerLevel(ctx.report);
    if (level !== "county" && level !== "township") return;
    const ids = ["active.regulations.issued", "active.regulations.repealed", "active.regulations.in_force"];
    const nonzero = ids.filter((id) => (value(ctx.report, id) ?? 0) > 0);
    if (nonzero.length === 0) return;
    const first = nonzero[0] as string;
    const levelKey = level === "county" ? "county" : "township";
    ctx.emit({
      messageId: "regulations-low-level",
      cells: nonzero,
      actual: value(ctx.report, first),
      data: {
        issuer: ctx.report.issuer ?? "",
        level: TERMS.issuerLevel[levelKey].zh,
        levelEn: TERMS.issuerLevel[levelKey].en,
        values: ids.map((id) => fmt(value(ctx.report, id))).join(" / "),
      },
      loc: ctx.report.cells[first]?.loc ?? null,
    });
  },
});
