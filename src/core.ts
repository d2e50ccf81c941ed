// The deterministic core's public face: read → build the report model → check.
// Everything above (tools, CLI, agent, MCP, bot, review) calls these and nothing below them.
import { checkReport } from "./check/index.js";
import { buildReport } from "./extract/index.js";
import { assertReport } from "./extract/validate.js";
import type { Finding } from "./model/finding.js";
import type { Report } from "./model/report.js";
import { type ReadLimits, type ReportInput, readDocument } from "./read/index.js";
import type { CheckOptions } from "./rules/rule.js";

export type { ReportInput, ReadLimits, CheckOptions };

/** Reads any supported input into the 2021 report model. Throws InputError on bad input. */
export async function parseReport(input: ReportInput, limits?: Partial<ReadLimits>): Promise<Report> {
  const doc = await readDocument(input, limits);
  return assertReport(buildReport(doc), doc.name);
}

export interface Analysis {
  report: Report;
  findings: Finding[];
}

/** Parse and check in one call; `previous` is the same issuer's earlier report, if given. */
export async function analyze(
  input: ReportInput,
  options: { previous?: ReportInput; limits?: Partial<ReadLimits> } = {},
): Promise<Analysis> {
  const report = await parseReport(input, options.limits);
  const previous = options.previous ? await parseReport(options.previous, options.limits) : undefined;
  return { report, findings: checkReport(report, previous ? { previous } : {}) };
}

export { checkReport, buildReport, readDocument };
