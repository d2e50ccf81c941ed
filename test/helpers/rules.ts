// Runs one rule over a report through the real checker (ids, wording, localisation included).
import { checkReport } from "../../src/check/index.js";
import type { Finding } from "../../src/model/finding.js";
import type { Report } from "../../src/model/report.js";
import type { CheckOptions, Rule } from "../../src/rules/rule.js";

export function runRule(rule: Rule, report: Report, options: CheckOptions = {}): Finding[] {
  return checkReport(report, options, [rule]);
}

/** Cells of a consistent 申请 table: every row's natural column and total set; other cells 0. */
export function consistentApplications(): Record<string, number> {
  const v: Record<string, number> = {};
  const set = (row: string, n: number) => {
    v[`applications.${row}.natural`] = n;
    v[`applications.${row}.total`] = n;
  };
  set("new", 15);
  set("carried_over", 2);
  set("granted", 8);
  set("partial", 3);
  set("denied.process_info", 1);
  set("unavailable.not_held", 4);
  set("total", 16);
  set("carried_forward", 1);
  return v;
}
