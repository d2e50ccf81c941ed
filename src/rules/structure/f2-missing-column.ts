import { APPLICANT_COLUMNS, APPLICATION_COLUMN_KEYS, APPLICATION_ROWS, TABLE_LABELS, applicationCellId } from "../../model/cells.js";
import { defineRule } from "../rule.js";

// A dropped column (002: 其他 missing from the header and from rows 三–四) is one problem, reported once
// with all the cells it takes away, not as dozens of row or cell findings.
export default defineRule({
  id: "F2-column",
  family: "missing-column",
  severity: "error",
  title: "申请情况表列齐全",
  description: "收到和处理申请情况表应有自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计 7 列；缺列时逐行数值无法对应。",
  basis: "国办公开办函〔2021〕30号 表三列结构",
  status: "stable",
  messages: ["missing-column"],
  check(ctx) {
    const { report } = ctx;
    const covered = new Set<string>();
    for (const issue of report.issues.filter((i) => i.kind === "missing-column")) {
      const label = issue.column ?? "";
      issue.cells.forEach((c) => covered.add(c));
      ctx.emit({
        messageId: "missing-column",
        cells: [...issue.cells],
        data: { table: TABLE_LABELS[issue.table ?? "applications"], column: label, count: issue.cells.length, detail: issue.detail },
        loc: issue.loc ?? null,
        key: label,
      });
    }
    if (!report.tables.applications.found) return;
    // Inferred from the cells when the reader gave no column issue: most of a column's cells absent.
    for (const col of [...APPLICANT_COLUMNS, { key: "total", label: "总计" } as const]) {
      const ids = APPLICATION_ROWS.map((r) => applicationCellId(r.key, col.key));
      if (ids.some((id) => covered.has(id))) continue;
      // Only rows that print other columns count: a row missing as a whole is not a dropped column.
      const others = APPLICATION_COLUMN_KEYS.filter((k) => k !== col.key);
      const missing = APPLICATION_ROWS.filter(
        (r) =>
          report.cells[applicationCellId(r.key, col.key)]?.state === "missing" &&
          others.some((k) => report.cells[applicationCellId(r.key, k)]?.value != null),
      ).map((r) => applicationCellId(r.key, col.key));
      if (missing.length < 12) continue;
      missing.forEach((c) => covered.add(c));
      ctx.emit({
        messageId: "missing-column",
        cells: missing,
        data: { table: TABLE_LABELS.applications, column: col.label, count: missing.length, detail: "" },
        loc: report.tables.applications.loc ?? null,
        key: col.label,
      });
    }
  },
});
