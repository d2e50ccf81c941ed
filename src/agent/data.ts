// A report from structured data instead of a document: the clerk's figures as a JSON object of
// cell ids, so a whole draft (skeleton, 一, 五) can be written before any report exists.
import { createHash } from "node:crypto";
import { z } from "zod";
import { ALL_CELL_IDS, APPLICATION_COLUMN_KEYS, isKnownCellId } from "../model/cells.js";
import { InputError } from "../model/errors.js";
import type { Cell, Report } from "../model/report.js";

export const ReportDataSchema = z.object({
  issuer: z.string().min(1).describe("发布机关"),
  year: z.number().int().min(2008).max(2100).describe("报告年度"),
  cells: z.record(z.string(), z.number().nullable()).describe("单元格编号 → 数值；未列出的按未填报处理"),
});
export type ReportData = z.infer<typeof ReportDataSchema>;

/** Builds the report model from data; InputError for unknown ids or a malformed object. */
export function reportFromData(input: unknown, name = "（结构化数据）"): Report {
  const r = ReportDataSchema.safeParse(input);
  if (!r.success)
    throw new InputError("not-a-report", `数据格式不对：${z.prettifyError(r.error)}`, `The data is malformed: ${z.prettifyError(r.error)}`, name);
  const unknown = Object.keys(r.data.cells).filter((id) => !isKnownCellId(id));
  if (unknown.length)
    throw new InputError("not-a-report", `未知的单元格编号：${unknown.slice(0, 8).join("、")}`, `Unknown cell ids: ${unknown.slice(0, 8).join(", ")}`, name);
  const cells: Record<string, Cell> = {};
  for (const id of ALL_CELL_IDS) {
    const v = r.data.cells[id];
    cells[id] = v === null || v === undefined ? { id, value: null, state: "missing" } : { id, value: v, state: "number", raw: String(v) };
  }
  const text = JSON.stringify(r.data);
  return {
    source: { name, kind: "text", encoding: "utf-8", text, sha256: createHash("sha256").update(text).digest("hex") },
    title: `${r.data.issuer}${r.data.year}年政府信息公开工作年度报告`,
    issuer: r.data.issuer,
    year: r.data.year,
    format: "2021",
    publishedAt: null,
    period: null,
    sections: [],
    cells,
    tables: {
      active: { found: true },
      applications: { found: true, columns: [...APPLICATION_COLUMN_KEYS] },
      review: { found: true },
    },
    deviations: [],
    issues: [],
  };
}
