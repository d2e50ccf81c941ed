// Adapter from findings to explanations: src/explain writes them (what, why, the arithmetic,
// likely causes, the fix); this caches them per stored report and lays them out for the tools
// and for the deterministic answer.
import { explainFindings } from "../src/explain/explain.js";
import type { Explanation } from "../src/explain/types.js";
import type { Finding } from "../src/model/finding.js";
import { explanationLines } from "../src/render/explanation-text.js";
import type { ReportStore, StoredReport } from "./store.js";

export interface ExplanationFields {
  title: string;
  what: string;
  why: string;
  arithmetic: string | null;
  causes: string[];
  fix: string[];
  assumptions: string[];
}

const cache = new WeakMap<readonly Finding[], Explanation[]>();

/** All explanations of a stored report, computed once (diagnosis searches are not free). */
export function explanationsOf(entry: StoredReport, store?: ReportStore): Explanation[] {
  let list = cache.get(entry.findings);
  if (!list) {
    const prev = entry.previousId && store ? store.get(entry.previousId) : undefined;
    list = explainFindings(entry.report, entry.findings, { lang: "zh", ...(prev ? { previous: prev.report } : {}) });
    cache.set(entry.findings, list);
  }
  return list;
}

export function explainOne(entry: StoredReport, index: number, store?: ReportStore): ExplanationFields {
  const e = explanationsOf(entry, store)[index - 1];
  const f = entry.findings[index - 1];
  if (!e) return { title: f?.message ?? "", what: f?.message ?? "", why: "", arithmetic: null, causes: [], fix: [], assumptions: f?.assumptions ?? [] };
  return {
    title: e.title,
    what: e.what,
    why: e.why,
    arithmetic: e.numbers,
    causes: e.causes.map((c) => c.text),
    fix: e.fix,
    assumptions: e.assumptions,
  };
}

/** Everything a reader needs without a model: the explanation of each finding asked about. */
export function deterministicExplanation(entry: StoredReport, findings: readonly Finding[] = entry.findings, store?: ReportStore): string {
  if (!entry.findings.length) return "这份年报未核对出问题。";
  const all = explanationsOf(entry, store);
  return findings
    .map((f) => all[entry.findings.indexOf(f)])
    .filter((e): e is Explanation => e !== undefined)
    .map((e) => explanationLines(e, "zh", false).join("\n"))
    .join("\n\n");
}
