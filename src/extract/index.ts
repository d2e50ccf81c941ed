// Document → Report: locates the sections and the three tables, anchors every value to its row
// label and column, and records label deviations and structural issues as data (the checker's
// rules turn them into findings).
import { ACTIVE2019_IDS, ACTIVE_IDS, ALL_CELL_IDS } from "../model/cells.js";
import { SECTION_HEADINGS, SECTION_IDS } from "../model/constants.js";
import type { Cell, Report, ReportFormat, Section } from "../model/report.js";
import type { Document } from "../read/blocks.js";
import { readActive } from "./active.js";
import { readApplications } from "./applications.js";
import { findPublishedAt } from "./chrome.js";
import type { Ctx } from "./context.js";
import { FORMAT2019_SIGNALS, FORMAT2021_SIGNALS } from "./labels.js";
import { findTitle, statedPeriod, yearFromPeriod } from "./meta.js";
import { readReview } from "./review.js";
import { type FoundSection, findSections } from "./sections.js";
import { buildStream, spanOf, srcOfNorm, type Stream } from "./stream.js";
import { normalizeLabel } from "../normalize/text.js";
import { isAsciiDigit } from "../normalize/chars.js";

const SIGNALS19 = FORMAT2019_SIGNALS.map(normalizeLabel);
const SIGNALS21 = FORMAT2021_SIGNALS.map(normalizeLabel);
const ROW_NEW = normalizeLabel("本年新收政府信息公开申请数量");
const ARTICLE20 = normalizeLabel("第二十条");
const IDS_2019: readonly string[] = [...ALL_CELL_IDS, ...ACTIVE2019_IDS];

export function buildReport(doc: Document): Report {
  const s = buildStream(doc);
  const norm = s.norm;
  const secs = findSections(norm);
  const sec = (id: string): FoundSection | undefined => secs.find((x) => x.id === id);

  const titleLimit = secs[0] ? srcOfNorm(s, secs[0].start) : doc.text.length;
  const t = findTitle(doc.lines, titleLimit);
  // read once here for the year and for the model (F5 compares it with the title's year)
  const stated = statedPeriod(doc.text);
  const year = t.year ?? yearFromPeriod(doc.text, stated);

  // Table regions: A from 第二十条 to the applications table, B to the review section, C to 五.
  const aFrom = firstAt(norm, ARTICLE20, sec("active")?.start ?? 0) ?? sec("active")?.start ?? 0;
  const newRow = firstAt(norm, ROW_NEW, aFrom) ?? firstAt(norm, ROW_NEW, 0);
  const bFrom = sec("applications")?.start !== undefined && sec("applications")!.start > aFrom ? sec("applications")!.start : (newRow ?? aFrom);
  const aTo = Math.min(bFrom, newRow ?? norm.length);
  const reviewStart = sec("review_litigation")?.start;
  const problemsStart = sec("problems")?.start ?? sec("other")?.start ?? norm.length;
  const bTo = reviewStart !== undefined && reviewStart > bFrom ? reviewStart : problemsStart > bFrom ? problemsStart : norm.length;

  let sig19 = 0;
  let sig21 = 0;
  const aRegion = norm.slice(aFrom, Math.max(aFrom, aTo));
  for (const w of SIGNALS19) if (aRegion.includes(w)) sig19++;
  for (const w of SIGNALS21) if (aRegion.includes(w)) sig21++;
  const format: ReportFormat = sig19 > 0 && sig19 >= sig21 ? "2019" : sig21 > 0 ? "2021" : "unknown";

  // A null-prototype record is a hash table from the start: filling 200 keys into {} walks V8 through
  // map transitions and then converts the object to one anyway (3 % of a report, A/B-measured).
  const ctx: Ctx = { s, cells: Object.create(null) as Record<string, Cell>, deviations: [], issues: [], flattened: detectFlattened(s) };
  const ids = format === "2019" ? IDS_2019 : ALL_CELL_IDS;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    ctx.cells[id] = { id, value: null, state: "missing" } satisfies Cell;
  }

  const b = readApplications(ctx, bFrom, bTo, format);
  const a = aTo > aFrom ? readActive(ctx, aFrom, aTo, format) : { found: false, start: aFrom };
  const cFrom = reviewStart !== undefined && reviewStart >= b.end ? reviewStart : b.end;
  const cTo = problemsStart > cFrom ? problemsStart : norm.length;
  const c = b.found || reviewStart !== undefined ? readReview(ctx, cFrom, cTo) : { found: false, start: cFrom };
  if (format === "2019") for (const id of ACTIVE_IDS) ctx.cells[id] = { id, value: null, state: "missing", note: "2019 年试行格式没有此项" };

  if (format === "2019" && year !== null && year >= 2021)
    ctx.issues.push({
      kind: "outdated-format",
      table: "active",
      cells: [],
      detail: `${year} 年度报告仍使用 2019 年试行格式的主动公开表（应使用国办公开办函〔2021〕30号格式）`,
    });
  const tableIssue = (table: "active" | "applications" | "review", label: string) =>
    ctx.issues.push({ kind: "missing-table", table, cells: [], detail: `找不到“${label}”表` });
  if (!a.found) tableIssue("active", "主动公开政府信息情况");
  if (!b.found) tableIssue("applications", "收到和处理政府信息公开申请情况");
  if (!c.found) tableIssue("review", "政府信息公开行政复议、行政诉讼情况");

  // Cells printed blank or as "/", "—", "无": not filled, never 0 (spec §4.2 B5).
  // by the id list, in the record's insertion order: Object.values on the 200-key record (a hash
  // table) costs tens of µs, lookups by the catalogue's own strings do not
  const unfilledAll: Cell[] = [];
  for (let i = 0; i < ids.length; i++) {
    const x = ctx.cells[ids[i]!]!;
    if (x.state === "blank" || x.state === "slash") unfilledAll.push(x);
  }
  for (const t of ["active", "applications", "review"] as const) {
    const unfilled = unfilledAll.filter((x) => tableOfCell(x.id) === t);
    if (unfilled.length > 0)
      ctx.issues.push({
        kind: "missing-cell",
        table: t,
        cells: unfilled.map((x) => x.id),
        detail: `${unfilled.length} 个单元格留空或填“/”“—”“无”，未填数字（不按 0 计）`,
        ...(unfilled[0]!.loc ? { loc: unfilled[0]!.loc } : {}),
      });
  }

  const sections = buildSections(s, secs, { active: a.start, applications: b.start, review_litigation: c.start });
  for (const id of SECTION_IDS)
    if (!secs.some((x) => x.id === id))
      ctx.issues.push({ kind: "missing-section", cells: [], detail: `找不到“${SECTION_HEADINGS[id]}”部分` });
  for (const f of secs) {
    // a heading numbered out of place (一、主动公开… for 二、) is a deviation too
    const renumbered = norm[f.start + 1] === "、" && norm[f.start] !== SECTION_HEADINGS[f.id][0];
    if (f.distance === 0 && !f.variant && !renumbered) continue;
    const span = spanOf(s, f.start, f.end);
    ctx.deviations.push({
      kind: "heading",
      seen: span.text.replace(/\s+/g, ""),
      standard: SECTION_HEADINGS[f.id],
      cells: [],
      severity: f.variant && !renumbered ? "info" : "warning",
      loc: span.loc,
    });
  }

  const loc = (found: boolean, start: number) => (found ? spanOf(s, start, start + 1).loc : undefined);
  return {
    source: { name: doc.name, kind: doc.kind, encoding: doc.encoding, text: doc.text, sha256: doc.sha256, ...(doc.pages ? { pages: doc.pages } : {}) },
    title: t.title,
    issuer: t.issuer,
    year,
    format,
    publishedAt: findPublishedAt(doc.lines, doc.verbatim === true ? doc.text : undefined),
    period: stated ? { from: stated.from, to: stated.to, text: stated.text, loc: s.locate(stated.offset, stated.length) } : null,
    sections,
    cells: ctx.cells,
    tables: {
      active: { found: a.found, ...opt(loc(a.found, a.start)) },
      applications: { found: b.found, ...opt(loc(b.found, b.start)), columns: b.columns },
      review: { found: c.found, ...opt(loc(c.found, c.start)) },
    },
    deviations: ctx.deviations,
    issues: ctx.issues,
  };
}

function tableOfCell(id: string): "active" | "applications" | "review" {
  return id.startsWith("active") ? "active" : id.startsWith("applications.") ? "applications" : "review";
}

function opt<T>(loc: T | undefined): { loc?: T } {
  return loc === undefined ? {} : { loc };
}

function firstAt(norm: string, w: string, from: number): number | undefined {
  const i = norm.indexOf(w, from);
  return i === -1 ? undefined : i;
}

/** Flattened crawler text: the applications rows print their seven values as one digit run. */
function detectFlattened(s: Stream): boolean {
  if (!s.norm.includes("申请数量")) return false;
  // maximal runs of ≥ 7 ASCII digits (/\d{7,}/g) that start with 000 or hold 00000: both hold
  // 000, so only the runs around a native indexOf("000") hit are looked at (no match array, no
  // regex test per run, no JS loop over every character)
  const raw = s.raw;
  const n = raw.length;
  let zeroRuns = 0;
  for (let i = raw.indexOf("000"); i !== -1; ) {
    let a = i;
    while (a > 0 && isAsciiDigit(raw.charCodeAt(a - 1))) a--;
    let b = a;
    let zeros = 0;
    let maxZeros = 0;
    for (; b < n; b++) {
      const c = raw.charCodeAt(b);
      if (!isAsciiDigit(c)) break;
      zeros = c === 48 ? zeros + 1 : 0;
      if (zeros > maxZeros) maxZeros = zeros;
    }
    if (b - a >= 7) {
      const lead = raw.charCodeAt(a) === 48 && raw.charCodeAt(a + 1) === 48 && raw.charCodeAt(a + 2) === 48;
      if ((lead || maxZeros >= 5) && ++zeroRuns >= 3) return true;
    }
    i = raw.indexOf("000", b);
  }
  return false;
}

function buildSections(s: Stream, secs: readonly FoundSection[], tables: Partial<Record<string, number>>): Section[] {
  const text = s.doc.text;
  const out: Section[] = [];
  secs.forEach((f, i) => {
    const head = spanOf(s, f.start, f.end);
    const next = secs[i + 1];
    let endNorm = next ? next.start : s.norm.length;
    const table = tables[f.id];
    if (table !== undefined && table > f.end && table < endNorm) endNorm = table;
    let end = endNorm >= s.norm.length ? text.length : srcOfNorm(s, endNorm);
    // the last section stops at page chrome (责任编辑, 扫一扫…)
    for (const li of s.chrome) {
      const off = s.doc.lines[li]!.loc.offset;
      if (off > head.loc.offset && off < end) end = off;
    }
    let textOffset = head.loc.offset + head.loc.length;
    while (textOffset < end && /\s/.test(text[textOffset]!)) textOffset++;
    const spanEnd = head.loc.offset + head.loc.length;
    const lineEnd = text.indexOf("\n", spanEnd);
    const rest = lineEnd === -1 ? "" : text.slice(spanEnd, lineEnd);
    // a heading line may carry a short tail ("情况:"); prose after an inline heading is not part of it
    const headingEnd = rest.trim().length <= 8 && lineEnd !== -1 ? lineEnd : spanEnd;
    out.push({
      id: f.id,
      heading: text.slice(head.loc.offset, headingEnd).trim(),
      loc: head.loc,
      text: text.slice(textOffset, Math.max(textOffset, end)).trimEnd(),
      textOffset,
      end: Math.max(textOffset, end),
    });
  });
  return out;
}
