// The spreadsheet outputs: review.xlsx (summary sheet, one row per finding, unreadable files) and
// the same tables as CSV (UTF-8 with BOM so Excel opens the Chinese text correctly).
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describeCell } from "../model/cells.js";
import type { SourceLocation } from "../model/report.js";
import { FORMAT_ZH, KIND_ZH, L, SEVERITY_ZH } from "./labels.js";
import type { ReviewResult } from "./types.js";

type Cell = string | number | null;

export function locationText(loc: SourceLocation | null | undefined): string {
  if (!loc) return "";
  return loc.page ? L.pageLine(loc.page, loc.line) : L.lineColumn(loc.line, loc.column);
}

/** The id a finding keeps across runs: the report's stable id plus the checker's stable finding id. */
export const reviewFindingId = (reportId: string, findingId: string) => `${reportId}/${findingId}`;

export function summaryTable(result: ReviewResult): { head: string[]; rows: Cell[][] } {
  return {
    head: [L.file, L.issuer, L.year, L.kind, L.format, L.errors, L.warnings, L.infos, L.worst, L.previous],
    rows: result.reports.map((r) => [
      r.name,
      r.issuer ?? "",
      r.year,
      KIND_ZH[r.kind],
      FORMAT_ZH[r.format] ?? r.format,
      r.counts.error,
      r.counts.warning,
      r.counts.info,
      r.worst?.message ?? "",
      r.previous?.name ?? "",
    ]),
  };
}

export function findingsTable(result: ReviewResult): { head: string[]; rows: Cell[][] } {
  return {
    head: [L.file, L.issuer, L.year, L.findingId, L.severity, L.family, L.rule, L.cells, L.expected, L.actual, L.difference, L.message, L.location],
    rows: result.reports.flatMap((r) =>
      r.findings.map((f) => [
        r.name,
        r.issuer ?? "",
        r.year,
        reviewFindingId(r.id, f.id),
        SEVERITY_ZH[f.severity],
        f.family,
        f.rule,
        f.cells.map(describeCell).join("；"),
        f.expected,
        f.actual,
        f.difference,
        f.message,
        locationText(f.location),
      ]),
    ),
  };
}

export function unreadableTable(result: ReviewResult): { head: string[]; rows: Cell[][] } {
  return { head: [L.file, L.reason], rows: result.unreadable.map((u) => [u.name, u.error.zh]) };
}

function csvField(v: Cell): string {
  if (v === null) return "";
  if (typeof v === "number") return String(v);
  // A leading = + - @ would make a spreadsheet run the text as a formula.
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(t: { head: string[]; rows: Cell[][] }): string {
  return `\uFEFF${[t.head, ...t.rows].map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}

function addSheet(wb: import("exceljs").Workbook, name: string, t: { head: string[]; rows: Cell[][] }, widths: number[]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = t.head.map((h, i) => ({ header: h, width: widths[i] ?? 14 }));
  for (const r of t.rows) ws.addRow(r);
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.head.length } };
}

export async function writeSpreadsheets(result: ReviewResult, dir: string): Promise<{ xlsx: string; csv: string[] }> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = "jiaohe";
  wb.created = new Date(result.startedAt);
  const summary = summaryTable(result);
  const findings = findingsTable(result);
  const unreadable = unreadableTable(result);
  addSheet(wb, L.summarySheet, summary, [40, 24, 8, 12, 14, 8, 8, 8, 60, 40]);
  addSheet(wb, L.findingsSheet, findings, [40, 24, 8, 30, 8, 18, 12, 50, 10, 10, 10, 70, 18]);
  addSheet(wb, L.unreadableSheet, unreadable, [50, 90]);
  const xlsx = join(dir, "review.xlsx");
  await wb.xlsx.writeFile(xlsx);
  const csv = [join(dir, "summary.csv"), join(dir, "findings.csv"), join(dir, "unreadable.csv")];
  await writeFile(csv[0] ?? "", toCsv(summary));
  await writeFile(csv[1] ?? "", toCsv(findings));
  await writeFile(csv[2] ?? "", toCsv(unreadable));
  return { xlsx, csv };
}
