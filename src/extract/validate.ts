import { InputError } from "../model/errors.js";
import { ALL_CELL_IDS } from "../model/cells.js";
import type { Cell, Report } from "../model/report.js";

// Fewer printed values than this across all three tables means no statistics table was read.
const MIN_VALUES = 5;

/**
 * Refuses a document that is not an annual report (a README, a spec, a chat message), or a report
 * whose statistics tables could not be found at all: checking those would only produce a wall of
 * "missing" findings. A report with some tables missing is still checked (missing-table findings).
 */
export function assertReport(report: Report, where: string): Report {
  if (readValues(report) >= MIN_VALUES) return report;
  if (report.sections.length >= 3)
    throw new InputError(
      "no-tables",
      `找到了年报的章节，但没有读到统计表（主动公开、收到和处理申请、复议诉讼三张表）：${where}。请发送含完整表格的年报（Word、PDF、网页或从中复制的全文）`,
      `Report sections were found but none of the three statistics tables could be read: ${where}. Send the full report with its tables (Word, PDF, web page or its copied text).`,
      where,
    );
  throw new InputError(
    "not-a-report",
    `这不像政府信息公开工作年度报告（没有找到六个部分的标题和统计表）：${where}。请发送年报全文或文件`,
    `This does not look like an annual report on government information disclosure (no part headings, no tables): ${where}. Send the whole report or its file.`,
    where,
  );
}

const isRead = (c: Cell | undefined): boolean => c !== undefined && (c.value !== null || c.state === "ambiguous");

/**
 * Cells read, counted up to MIN_VALUES by the catalogue's own ids first (a real report gets there
 * within its first few cells); only otherwise over every cell. Object.values on the 200-key record
 * costs tens of µs.
 */
function readValues(report: Report): number {
  let n = 0;
  for (let i = 0; i < ALL_CELL_IDS.length && n < MIN_VALUES; i++) if (isRead(report.cells[ALL_CELL_IDS[i]!])) n++;
  if (n >= MIN_VALUES) return n;
  return Object.values(report.cells).filter(isRead).length;
}
