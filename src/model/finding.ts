import { z } from "zod";
import { SourceLocationSchema } from "./report.js";

/** Families of ../shared/gold/README.md: the shared vocabulary of tests and reviewers. */
export const FAMILIES = [
  "row-sum",
  "column-sum",
  "balance",
  "review-sum",
  "missing-column",
  "missing-cell",
  "missing-table",
  "missing-section",
  "label-deviation",
  "narrative-mismatch",
  "narrative-sum",
  "implausible-value",
  "cross-year",
  "citation-format",
  "text-quality",
  "format-version",
  "report-year",
] as const;
export const FamilySchema = z.enum(FAMILIES);
export type Family = z.infer<typeof FamilySchema>;

export const SeveritySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof SeveritySchema>;

/** One term of an arithmetic check, in the format's order. */
export const OperandSchema = z.object({
  cell: z.string().optional(), // a cell id, or absent for a narrative figure
  label: z.string(), // printed label (行「予以公开」列「总计」, or the prose phrase)
  value: z.number().nullable(), // null = the document does not give it
  sign: z.union([z.literal(1), z.literal(-1)]),
  loc: SourceLocationSchema.optional(),
});
export type Operand = z.infer<typeof OperandSchema>;

export const DataValueSchema = z.union([z.string(), z.number(), z.null()]);

export const FindingSchema = z.object({
  /** Stable: the same problem in a re-sent draft keeps its id (rule + cells + message kind). */
  id: z.string(),
  rule: z.string(),
  messageId: z.string(),
  family: FamilySchema,
  severity: SeveritySchema,
  cells: z.array(z.string()),
  expected: z.number().nullable(),
  actual: z.number().nullable(),
  difference: z.number().nullable(),
  /** Raw values for the message templates (src/explain/messages). */
  data: z.record(z.string(), DataValueSchema),
  /** The one-line Chinese message, rendered from the template. */
  message: z.string(),
  location: SourceLocationSchema.nullable(),
  operands: z.array(OperandSchema).optional(),
  /** Other checks that fail on the same cell (B6: one wrong cell breaks a row and a column). */
  related: z.array(z.string()).optional(),
  /** Stated assumptions, e.g. "空白单元格按 0 计". */
  assumptions: z.array(z.string()).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export { SEVERITY_ORDER } from "./constants.js";
