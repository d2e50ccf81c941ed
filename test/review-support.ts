// Shared by the review tests: where the gold's reports sit in a review of several folders, and the
// gold's expectations in a form the tests compare with.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import type { GoldCase } from "./helpers/gold.js";
import type { ReviewedReport, ReviewResult } from "../src/review/types.js";

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `jiaohe-${prefix}-`));
}

/** The display name a file gets when its folder is one of several review arguments. */
export const nameInMultiFolderRun = (file: string) => `${basename(dirname(file))}/${basename(file)}`;

export function reportOf(result: ReviewResult, name: string): ReviewedReport | undefined {
  return result.reports.find((r) => r.name === name);
}

/** Families the gold requires (non-optional), with how many findings of each. */
export function requiredFamilies(c: GoldCase): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of c.gold.expected_findings) if (!f.optional) m.set(f.family, (m.get(f.family) ?? 0) + 1);
  return m;
}

export function familyCounts(r: ReviewedReport): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of r.findings) m.set(f.family, (m.get(f.family) ?? 0) + 1);
  return m;
}
