// Tables come from src/render (the official layout, with the findings' numbers on their cells);
// this adapter picks one of the three when asked. A model never writes a table.
import type { TableId } from "../src/model/cells.js";
import type { Finding } from "../src/model/finding.js";
import type { Report } from "../src/model/report.js";
import { diagnose } from "../src/explain/diagnose/index.js";
import { renderTablesHtml } from "../src/render/html.js";
import { TABLE_TITLES } from "../src/render/layout.js";
import { marksOf } from "../src/render/marks.js";
import { renderTablesMarkdown } from "../src/render/markdown.js";
import { renderTablesText } from "../src/render/terminal.js";

export type TableFormat = "markdown" | "html" | "text";
const ORDER: TableId[] = ["active", "applications", "review"];

/** All three tables, or one; with the findings marked when given. */
export function renderTable(report: Report, table: TableId | "all", format: TableFormat, findings: readonly Finding[] = []): string {
  const marks = findings.length ? marksOf(findings, diagnose(report, findings)) : new Map();
  const all =
    format === "html"
      ? renderTablesHtml(report, findings, marks, "zh")
      : format === "markdown"
        ? renderTablesMarkdown(report, findings, marks, "zh")
        : renderTablesText(report, findings, marks, { lang: "zh", color: false });
  if (table === "all") return all;
  const start = all.indexOf(TABLE_TITLES[table]);
  if (start < 0) return all;
  // Back up to the start of the heading line (### , <h2>, or the text heading).
  const from = all.lastIndexOf("\n", start) + 1;
  const next = ORDER.slice(ORDER.indexOf(table) + 1)
    .map((t) => all.indexOf(TABLE_TITLES[t], start))
    .find((i) => i > 0);
  const to = next === undefined ? all.length : all.lastIndexOf("\n", next);
  return all.slice(from, to).trim();
}
