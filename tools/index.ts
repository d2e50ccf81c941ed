// Every tool, in the order a model usually needs them. The agent (src/agent) and the MCP server
// (src/mcp) both take this list unchanged; each tool file holds its schemas and description.
import type { ToolDefinition } from "./define.js";
import type { ToolDeps } from "./deps.js";
import computeFigure from "./compute-figure.js";
import draftSectionData from "./draft-section-data.js";
import explainFinding from "./explain-finding.js";
import getCells from "./get-cells.js";
import listFindings from "./list-findings.js";
import parseReport from "./parse-report.js";
import renderTable from "./render-table.js";

export type AnyTool = ToolDefinition<import("zod").ZodType, import("zod").ZodType, ToolDeps>;

export const TOOLS: readonly AnyTool[] = [
  parseReport,
  listFindings,
  explainFinding,
  getCells,
  computeFigure,
  renderTable,
  draftSectionData,
] as AnyTool[];

export function findTool(name: string): AnyTool | undefined {
  return TOOLS.find((t) => t.name === name);
}

export { createToolDeps, type ToolDeps } from "./deps.js";
export { ReportStore, type StoredReport, type Figure } from "./store.js";
export { resolveSlot, type SlotValue } from "./slots.js";
export { scanNumbers, quantities, type NumberSpan } from "./numbers.js";
export { renderTable } from "./tables.js";
export { normalizeArgs } from "./args.js";
export { quoteWithSlots, lineAt } from "./quote.js";
export { computeFigure } from "./compute-figure.js";
export { deterministicExplanation } from "./explanation.js";
export type { ToolDefinition, ToolResult, ToolError } from "./define.js";
