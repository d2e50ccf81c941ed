import { SECTION_HEADINGS, SECTION_IDS } from "../../model/constants.js";
import { defineRule } from "../rule.js";

// 条例第五十条 requires the content of all six parts; a missing heading usually means missing content.
export default defineRule({
  id: "F1",
  family: "missing-section",
  severity: "error",
  title: "六个部分齐全",
  description: "年度报告应包含格式规定的六个部分：总体情况、主动公开、收到和处理申请、复议诉讼、存在的主要问题及改进情况、其他需要报告的事项。",
  basis: "《中华人民共和国政府信息公开条例》第五十条；国办公开办函〔2021〕30号",
  status: "stable",
  messages: ["missing-section", "no-sections"],
  check(ctx) {
    const found = new Set(ctx.report.sections.map((s) => s.id));
    if (found.size === 0) {
      ctx.emit({ messageId: "no-sections", cells: [], data: { count: SECTION_IDS.length }, key: "all" });
      return;
    }
    for (const id of SECTION_IDS)
      if (!found.has(id)) ctx.emit({ messageId: "missing-section", cells: [], data: { heading: SECTION_HEADINGS[id] }, key: id });
  },
});
