import { defineRule } from "../rule.js";

// From the 2021 annual report on, the 2021 format (国办公开办函〔2021〕30号) replaces the 2019 trial format.
export default defineRule({
  id: "F4",
  family: "format-version",
  severity: "error",
  title: "使用现行年报格式",
  description: "2021 年度及以后的年报应使用 2021 年修订的格式；出现 2019 年试行格式的表格即为格式过时。",
  basis: "国办公开办函〔2021〕30号（自 2021 年度报告起施行）",
  status: "stable",
  messages: ["outdated-format"],
  check(ctx) {
    const { report } = ctx;
    const issue = report.issues.find((i) => i.kind === "outdated-format");
    const outdated = report.format === "2019" && report.year !== null && report.year >= 2021;
    if (!outdated && !(issue && (report.year === null || report.year >= 2021))) return;
    ctx.emit({
      messageId: "outdated-format",
      cells: issue ? [...issue.cells] : [],
      data: { year: report.year ?? "", detail: issue?.detail ?? "" },
      loc: issue?.loc ?? report.tables.active.loc ?? null,
    });
  },
});
