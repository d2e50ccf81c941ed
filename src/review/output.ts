// Writes every output of a review into one folder: html/ (open html/index.html), review.xlsx,
// the CSV files and review.json; and the machine-readable JSON shape used by --json.
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { writeHtml } from "./html/pages.js";
import { writeSpreadsheets } from "./sheet.js";
import type { ReviewResult } from "./types.js";

/** The result without the parsed documents (their text and cells stay in the HTML pages). */
export function toJson(result: ReviewResult): unknown {
  return {
    ...result,
    reports: result.reports.map(({ report: _report, ...rest }) => rest),
  };
}

export interface WrittenOutputs {
  dir: string;
  html: string;
  xlsx: string;
  csv: string[];
  json: string;
}

export async function writeOutputs(result: ReviewResult, outDir: string): Promise<WrittenOutputs> {
  const dir = resolve(outDir);
  await mkdir(dir, { recursive: true });
  const html = await writeHtml(result, join(dir, "html"));
  const { xlsx, csv } = await writeSpreadsheets(result, dir);
  const json = join(dir, "review.json");
  await writeFile(json, `${JSON.stringify(toJson(result), null, 2)}\n`);
  return { dir, html, xlsx, csv, json };
}
