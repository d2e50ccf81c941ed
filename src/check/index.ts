// PLACEHOLDER (checker helper replaces): runs every rule over a report.
import type { Finding } from "../model/finding.js";
import type { Report } from "../model/report.js";
import type { CheckOptions } from "../rules/rule.js";

export function checkReport(_report: Report, _options: CheckOptions = {}): Finding[] {
  throw new Error("checkReport: not built yet");
}
