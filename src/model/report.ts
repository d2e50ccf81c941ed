import { z } from "zod";
import { SECTION_IDS } from "./constants.js";

/**
 * Where something came from. Offsets are 0-based UTF-16 offsets into `Report.source.text` (the
 * decoded text for text formats; the extracted text for docx/html/pdf); line and column are 1-based.
 * Format-specific anchors (page and box for PDF, table/row/cell for docx and HTML) are added when known.
 */
export const SourceLocationSchema = z.object({
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  page: z.number().int().positive().optional(),
  box: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }).optional(),
  table: z.number().int().nonnegative().optional(),
  row: z.number().int().nonnegative().optional(),
  cell: z.number().int().nonnegative().optional(),
});
export type SourceLocation = z.infer<typeof SourceLocationSchema>;

/** number: a value was printed; blank: the cell exists but is empty; slash: "/", "—", "无";
 *  text: something that is not a number; missing: the document does not give the cell. */
export const CellStateSchema = z.enum(["number", "blank", "slash", "text", "missing", "ambiguous"]);
export type CellState = z.infer<typeof CellStateSchema>;

export const CellSchema = z.object({
  id: z.string(),
  value: z.number().nullable(),
  state: CellStateSchema,
  raw: z.string().optional(), // the text as printed
  loc: SourceLocationSchema.optional(),
  /** For an ambiguous cell (digits run together): the values it could take. */
  candidates: z.array(z.number()).optional(),
  /** Why the value is what it is, when not read plainly (e.g. "行内数字少于列数，无法确定所属列"). */
  note: z.string().optional(),
});
export type Cell = z.infer<typeof CellSchema>;

export { SECTION_IDS, SECTION_HEADINGS, type SectionId } from "./constants.js";
export const SectionIdSchema = z.enum(SECTION_IDS);

export const SectionSchema = z.object({
  id: SectionIdSchema,
  heading: z.string(), // as printed
  loc: SourceLocationSchema, // of the heading
  /** The section's prose (tables excluded), with the offset of its first character. */
  text: z.string(),
  textOffset: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(), // offset where the section ends in source.text
});
export type Section = z.infer<typeof SectionSchema>;

export const LabelDeviationSchema = z.object({
  kind: z.enum(["heading", "row", "column", "table"]),
  seen: z.string(),
  standard: z.string(),
  cells: z.array(z.string()), // the cells the label names (empty for headings)
  severity: z.enum(["error", "warning", "info"]),
  loc: SourceLocationSchema,
});
export type LabelDeviation = z.infer<typeof LabelDeviationSchema>;

/** Structural observations of the reader: what could not be read, and why. */
export const StructureIssueSchema = z.object({
  kind: z.enum([
    "missing-table",
    "missing-section",
    "missing-column",
    "missing-row",
    "missing-cell",
    "short-row",
    "extra-numbers",
    "ambiguous-cell",
    "outdated-format",
    "unreadable-table",
  ]),
  table: z.enum(["active", "applications", "review"]).optional(),
  cells: z.array(z.string()),
  detail: z.string(), // Chinese, for the reviewer
  loc: SourceLocationSchema.optional(),
  /** For short rows: the numbers as printed, in order. */
  printed: z.array(z.number()).optional(),
  /** For a dropped column: its label. */
  column: z.string().optional(),
});
export type StructureIssue = z.infer<typeof StructureIssueSchema>;

export const ReportFormatSchema = z.enum(["2021", "2019", "unknown"]);
export type ReportFormat = z.infer<typeof ReportFormatSchema>;

export const SourceKindSchema = z.enum(["text", "markdown", "html", "docx", "doc", "pdf"]);
export type SourceKind = z.infer<typeof SourceKindSchema>;

/** The statistics period the report states (统计期限自2024年1月1日起至2024年12月31日止): its first and
 *  last year (the same when the second is left out), as printed, and where. */
export const StatedPeriodSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  text: z.string(),
  loc: SourceLocationSchema,
});
export type StatedPeriod = z.infer<typeof StatedPeriodSchema>;

export const ReportSchema = z.object({
  source: z.object({
    name: z.string(),
    kind: SourceKindSchema,
    encoding: z.string(),
    /** The text all offsets refer to. */
    text: z.string(),
    sha256: z.string(),
    pages: z.number().int().positive().optional(),
  }),
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  year: z.number().int().nullable(),
  format: ReportFormatSchema,
  publishedAt: z.string().nullable(), // YYYY-MM-DD when the page says so
  period: StatedPeriodSchema.nullable(),
  sections: z.array(SectionSchema),
  /** Every cell id of the format (200, plus the 22 active2019 ids for a 2019-format report). */
  cells: z.record(z.string(), CellSchema),
  tables: z.object({
    active: z.object({ found: z.boolean(), loc: SourceLocationSchema.optional() }),
    applications: z.object({
      found: z.boolean(),
      loc: SourceLocationSchema.optional(),
      /** Applicant/total columns the header prints, in order (ids of APPLICATION_COLUMNS). */
      columns: z.array(z.string()),
    }),
    review: z.object({ found: z.boolean(), loc: SourceLocationSchema.optional() }),
  }),
  deviations: z.array(LabelDeviationSchema),
  issues: z.array(StructureIssueSchema),
});
export type Report = z.infer<typeof ReportSchema>;

/** The value of a cell, or null when the document does not give it. */
export function cellValue(report: Pick<Report, "cells">, id: string): number | null {
  return report.cells[id]?.value ?? null;
}
