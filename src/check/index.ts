// Runs every rule over a report and turns the drafts into Findings: stable ids, catalogue wording,
// B6 localisation (one wrong cell breaking a row and a column), deterministic order.
import { renderMessage } from "../explain/messages.js";
import { ACTIVE2019_IDS, ALL_CELL_IDS } from "../model/cells.js";
import { SEVERITY_ORDER } from "../model/constants.js";
import type { Finding } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { RULES } from "../rules/index.js";
import type { CheckOptions, FindingDraft, Rule } from "../rules/rule.js";
import { localize } from "./localize.js";

export type { CheckOptions };

/** "B3-1a2b3c": rule + cells (in any order) + messageId (+ key). Values are left out on purpose, so the
 *  same problem keeps its id when a corrected draft changes the numbers. */
export function findingId(rule: string, cells: readonly string[], messageId: string, key = ""): string {
  // Order-free without a sorted copy (a dropped column names 20 cells): each cell is hashed alone and
  // the hashes are added.
  let cellSum = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as string;
    cellSum = (cellSum + (CELL_HASH.get(cell) ?? mix(fnv1a(cell)))) | 0;
  }
  const h = mix((fnv1a(rule + "|" + messageId + "|" + key) + Math.imul(cellSum, 0x9e3779b1)) | 0) >>> 8;
  return `${rule}-${h.toString(16).padStart(6, "0")}`;
}

/**
 * 32-bit FNV-1a over the UTF-16 code units; mix() is murmur3's finaliser, so every input bit reaches
 * the 24 bits an id keeps. An id only has to tell a report's findings apart and stay the same from run
 * to run; node's sha256 did that at ~2 µs a finding (OpenSSL set-up on every call), 5 % of a report
 * with ten findings.
 */
function fnv1a(s: string): number {
  // as an int32 from the start: 0x811c9dc5 itself is past the small-integer range, and a loop that
  // begins with a heap number ran at 6 ns a character instead of 1
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

// The catalogue's cells hashed once: a lookup instead of ~40 characters hashed per cell named.
const CELL_HASH: ReadonlyMap<string, number> = new Map([...ALL_CELL_IDS, ...ACTIVE2019_IDS].map((id) => [id, mix(fnv1a(id))]));

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

function toFinding(rule: Rule, d: FindingDraft): Finding {
  const data = d.data ?? {};
  const expected = d.expected ?? null;
  const actual = d.actual ?? null;
  const difference = expected !== null && actual !== null ? Number((actual - expected).toFixed(6)) : null;
  return {
    id: findingId(rule.id, d.cells, d.messageId, d.key),
    rule: rule.id,
    messageId: d.messageId,
    family: rule.family,
    severity: d.severity ?? rule.severity,
    cells: [...d.cells],
    expected,
    actual,
    difference,
    data,
    message: "",
    location: d.loc ?? null,
    ...(d.operands ? { operands: d.operands } : {}),
    ...(d.related ? { related: d.related } : {}),
    ...(d.assumptions ? { assumptions: d.assumptions } : {}),
  };
}

export function checkReport(report: Report, options: CheckOptions = {}, rules: readonly Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  // One context for every rule; only the current rule changes.
  let current: Rule | undefined;
  const ctx = { report, options, emit: (d: FindingDraft) => void findings.push(toFinding(current as Rule, d)) };
  for (const rule of rules) {
    current = rule;
    rule.check(ctx);
  }
  // Two drafts of one rule with the same id are the same problem: keep the first.
  const seen = new Set<string>();
  const unique = findings.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
  localize(unique);
  for (const f of unique) f.message = renderMessage(f, "zh");
  return unique.sort(compareFindings);
}

export function compareFindings(a: Finding, b: Finding): number {
  const oa = a.location?.offset ?? Number.MAX_SAFE_INTEGER;
  const ob = b.location?.offset ?? Number.MAX_SAFE_INTEGER;
  return (
    oa - ob ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    byCodeUnit(a.rule, b.rule) ||
    byCodeUnit(a.messageId, b.messageId) ||
    byCodeUnit(a.id, b.id)
  );
}

// Ids are ASCII: plain code-unit order, the same on every machine and far cheaper than ICU collation.
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
