// One cell as the tools show it to a model: value, printed labels, where it was read, and the slot
// name to write when the value should appear in text.
import { z } from "zod";
import { cellLabel, describeCell } from "../src/model/cells.js";
import type { StoredReport } from "./store.js";
import { cellUnit, formatValue } from "./slots.js";

export const CellInfoSchema = z.object({
  id: z.string().describe("单元格编号 / cell id, e.g. applications.granted.total"),
  slot: z.string().describe("在文字中引用该数时写的槽位 / the slot to write in text, e.g. {{applications.granted.total}}"),
  value: z.number().nullable().describe("数值；null 表示报告未给出 / value, null when the report does not give it"),
  formatted: z.string().describe("带单位的数值 / the value with its unit"),
  state: z.string().describe("number | blank | slash | text | missing | ambiguous"),
  raw: z.string().nullable().describe("报告中印刷的原文 / the text as printed"),
  label: z.string().describe("表名+行名+列名 / table, row and column labels"),
  table: z.string().describe("表名 / table label"),
  row: z.string().describe("行名（印刷标准文字）/ printed row label"),
  column: z.string().describe("列名 / printed column label"),
  line: z.number().nullable().describe("所在行号（1 起）/ 1-based line in the source"),
  page: z.number().nullable().describe("所在页码（PDF）/ page, for PDFs"),
  note: z.string().nullable().describe("读取说明 / why the value is what it is"),
});
export type CellInfo = z.infer<typeof CellInfoSchema>;

export function cellInfo(entry: StoredReport, id: string): CellInfo {
  const cell = entry.report.cells[id];
  const l = cellLabel(id);
  const value = cell?.value ?? null;
  const decimals = cell?.raw?.match(/[.．](\d+)/)?.[1]?.length ?? (value !== null && !Number.isInteger(value) ? 2 : 0);
  return {
    id,
    slot: `{{${id}}}`,
    value,
    formatted: formatValue(value, cellUnit(id), decimals),
    state: cell?.state ?? "missing",
    raw: cell?.raw ?? null,
    label: describeCell(id),
    table: l?.tableLabel ?? "",
    row: l?.rowLabel ?? "",
    column: l?.columnLabel ?? "",
    line: cell?.loc?.line ?? null,
    page: cell?.loc?.page ?? null,
    note: cell?.note ?? null,
  };
}
