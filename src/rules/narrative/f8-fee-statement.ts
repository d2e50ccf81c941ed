import { SECTION_HEADINGS } from "../../model/constants.js";
import { defineRule } from "../rule.js";
import { sectionProse } from "./text.js";

// Section 六 must say what 信息处理费 was charged under 国办函〔2020〕109号, including "未收取".
export default defineRule({
  id: "F8",
  family: "missing-section",
  severity: "warning",
  title: "报告信息处理费收取情况",
  description: "“六、其他需要报告的事项”应说明本年度收取信息处理费的情况（包括未收取）。",
  basis: "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）；国办公开办函〔2021〕30号",
  status: "stable",
  messages: ["no-fee-statement"],
  check(ctx) {
    // The fee rules (国办函〔2020〕109号) apply from 2021; earlier reports had nothing to state.
    if (ctx.report.year !== null && ctx.report.year < 2021) return;
    const other = sectionProse(ctx.report, "other");
    if (!other) return;
    // The section's normalised prose (shared with the other narrative rules): whitespace dropped, except
    // between digits or after a stop, where no keyword can straddle it.
    if (/(处理费|收费|收取费用)/.test(other.prose.text)) return;
    const { heading, loc } = other.section;
    ctx.emit({ messageId: "no-fee-statement", cells: [], data: { heading: heading.trim() || SECTION_HEADINGS.other }, loc });
  },
});
