// Finding + report + diagnosis → Explanation (data), worded by the language's templates.
import { cellLabel, describeCell } from "../model/cells.js";
import type { Finding } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { diagnose, equationOf, type Diagnosis } from "./diagnose/index.js";
import { EQUATION_BY_KEY, type Equation } from "./diagnose/equations.js";
import { renderMessage } from "./messages.js";
import { en } from "./templates.en.js";
import type { CauseContext, Templates } from "./templates.js";
import { zh } from "./templates.zh.js";
import type { CauseText, Explanation, Lang, Numbers, Place } from "./types.js";

export type { Explanation, Lang, Place } from "./types.js";

export const TEMPLATES: Record<Lang, Templates> = { zh, en };

export function placeOf(cell: string): Place {
  const l = cellLabel(cell);
  if (!l) return { table: "", row: cell, column: "" };
  return {
    table: l.tableLabel,
    row: l.rowLabel,
    column: l.columnLabel,
    ...(l.table === "applications" && l.groupLabel ? { group: l.groupLabel } : {}),
  };
}

export function numbersOf(eq: Equation, report: Report): Numbers {
  const v = (c: string) => report.cells[c]?.value ?? null;
  const parts = eq.terms.filter((t) => t.sign === 1).map((t) => ({ place: placeOf(t.cell), value: v(t.cell) }));
  const stated = eq.terms.filter((t) => t.sign === -1).map((t) => ({ place: placeOf(t.cell), value: v(t.cell) }));
  const r = (x: number) => Math.round(x * 1e6) / 1e6;
  const partsSum = r(parts.reduce((a, p) => a + (p.value ?? 0), 0));
  const statedSum = r(stated.reduce((a, p) => a + (p.value ?? 0), 0));
  return { parts, stated, partsSum, statedSum, difference: r(statedSum - partsSum) };
}

// Internal ids (applications.granted.total), JSON paths and rule keys (B3:granted) must never reach a clerk.
const ID_RE = /\b(?:applications|active2019|active|review|litigation_direct|litigation_after_review)(?:\.[a-z_]+)+\b/g;

/** Replaces any cell id that slipped into a message by its printed place. */
export function scrub(text: string, t: Templates): string {
  return text.replace(ID_RE, (id) => (cellLabel(id) ? t.placeShort(placeOf(id)) : "该格")).replace(/\bB\d:[a-z_.]+\b/g, "");
}

export interface ExplainOptions {
  lang?: Lang;
  previous?: Report;
  /** A diagnosis computed earlier for the same findings (avoids searching twice). */
  diagnoses?: Map<string, Diagnosis>;
}

export function explainFindings(report: Report, findings: readonly Finding[], options: ExplainOptions = {}): Explanation[] {
  const lang = options.lang ?? "zh";
  const t = TEMPLATES[lang];
  const diagnoses = options.diagnoses ?? diagnose(report, findings, options.previous ? { previous: options.previous } : {});
  const indexOf = new Map(findings.map((f, i) => [f.id, i + 1]));
  const ctx: CauseContext = {
    place: placeOf,
    equation: (k) => EQUATION_BY_KEY.get(k),
    issuer: report.issuer,
  };
  return findings.map((f, i) => explainOne(f, i + 1, report, t, lang, ctx, diagnoses.get(f.id), indexOf));
}

export function explainFinding(report: Report, findings: readonly Finding[], id: string, options: ExplainOptions = {}): Explanation | undefined {
  const i = findFinding(findings, id);
  if (i < 0) return undefined;
  return explainFindings(report, findings, options)[i];
}

/** A finding by its stable id or by its 1-based position ("3"); -1 when there is none. */
export function findFinding(findings: readonly Finding[], id: string): number {
  const byId = findings.findIndex((f) => f.id === id);
  if (byId >= 0) return byId;
  if (/^\d+$/.test(id)) {
    const n = Number(id);
    if (n >= 1 && n <= findings.length) return n - 1;
  }
  return -1;
}

function sourceOf(f: Finding, report: Report): Explanation["source"] {
  const loc = f.location;
  if (!loc) return null;
  const sec = report.sections.find((s) => s.loc.offset <= loc.offset && loc.offset < s.end);
  return { line: loc.line, section: sec?.heading ?? null, page: loc.page ?? null };
}

function explainOne(
  f: Finding,
  index: number,
  report: Report,
  t: Templates,
  lang: Lang,
  ctx: CauseContext,
  dx: Diagnosis | undefined,
  indexOf: Map<string, number>,
): Explanation {
  const eq = equationOf(f);
  const causes: CauseText[] = (dx?.causes ?? []).map((c) => ({
    text: scrub(t.cause(c, ctx), t),
    confidence: c.confidence,
    alsoClears: c.clearsFindings.filter((id) => id !== f.id && indexOf.has(id)).map((id) => ({ id, index: indexOf.get(id) as number })),
  }));
  const best = dx?.causes[0];
  const where = (eq ? [eq.target] : f.cells).filter((c) => cellLabel(c)).map(placeOf);
  // Fields every explanation has, arithmetic or not.
  const head = {
    findingId: f.id,
    index,
    severity: f.severity,
    family: f.family,
    title: t.family[f.family],
    where,
    source: sourceOf(f, report),
    causes,
    confidence: best?.confidence ?? null,
  };
  if (eq) {
    // The arithmetic line already says which cells are not given and that they count as 0.
    const n = numbersOf(eq, report);
    const fix = best ? t.fixForCause(best, ctx) : t.fixArithmetic(eq, n, ctx);
    return {
      ...head,
      what: t.whatArithmetic(eq, placeOf(eq.target), n),
      why: t.rule(eq),
      numbers: t.numbers(eq, n),
      numbersData: n,
      fix: fix.map((x) => scrub(x, t)),
      assumptions: [],
    };
  }
  const assumptions = (f.assumptions ?? []).map((a) => scrub(a, t));
  const message = lang === "zh" || !f.rule ? f.message : renderMessage(f, lang);
  const fix = best ? t.fixForCause(best, ctx) : t.fixFamily(f, where);
  return {
    ...head,
    what: scrub(message || (f.cells[0] ? describeCell(f.cells[0]) : t.family[f.family]), t),
    why: t.whyFamily(f),
    numbers: null,
    numbersData: null,
    fix: fix.map((x) => scrub(x, t)),
    assumptions,
  };
}
