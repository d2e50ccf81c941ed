// The six top-level sections, found in ascending order (spec §4.9.5: a numbering restart inside
// 五 is a sub-heading, not a new section). Headings may be inline (flattened text).
import { SECTION_HEADINGS, SECTION_IDS, type SectionId } from "../model/constants.js";
import { fuzzyFind } from "../normalize/fuzzy.js";
import { normalizeLabel } from "../normalize/text.js";

/** The heading without its numeral, and accepted longer variants (info-level deviation). */
const BODIES: Record<SectionId, readonly string[]> = {
  overview: ["总体情况"],
  active: ["主动公开政府信息情况"],
  applications: ["收到和处理政府信息公开申请情况"],
  review_litigation: ["政府信息公开行政复议、行政诉讼情况", "政府信息公开行政复议和行政诉讼情况"],
  problems: ["存在的主要问题及改进情况", "政府信息公开工作存在的主要问题及改进情况"],
  other: ["其他需要报告的事项"],
};

/** Char codes of 一…十: a heading is numbered by one of them followed by 、. */
const NUMERALS = new Set([..."一二三四五六七八九十"].map((c) => c.charCodeAt(0)));
const DUN = "、".charCodeAt(0);
const NORM_BODIES = Object.fromEntries(Object.entries(BODIES).map(([k, v]) => [k, v.map(normalizeLabel)])) as Record<SectionId, string[]>;
const NORM_HEADINGS = Object.fromEntries(Object.entries(SECTION_HEADINGS).map(([k, v]) => [k, normalizeLabel(v)])) as Record<SectionId, string>;

export interface FoundSection {
  id: SectionId;
  start: number; // norm index of the heading (numeral included)
  end: number;
  distance: number;
  variant: boolean;
}

export function findSections(norm: string): FoundSection[] {
  const out: FoundSection[] = [];
  let pos = 0;
  const pending: SectionId[] = [];
  for (const id of SECTION_IDS) {
    const hit = findExact(norm, id, pos);
    if (hit) {
      // sections skipped since the last hit: try tolerantly in the gap
      for (const p of pending) {
        const f = findFuzzy(norm, p, pos, hit.start);
        if (f) out.push(f);
      }
      pending.length = 0;
      out.push(hit);
      pos = hit.end;
    } else pending.push(id);
  }
  for (const p of pending) {
    const f = findFuzzy(norm, p, pos, norm.length);
    if (f) {
      out.push(f);
      pos = f.end;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function findExact(norm: string, id: SectionId, from: number): FoundSection | null {
  const bodies = NORM_BODIES[id];
  let best: FoundSection | null = null;
  bodies.forEach((body, bi) => {
    const b = body;
    // a later body (a variant) only counts when it starts before the best so far: search only up to
    // there, so an absent variant does not scan the rest of the document
    const hay = best ? norm.slice(0, (best as FoundSection).start + 3 + b.length) : norm;
    let i = hay.indexOf(b, from);
    while (i !== -1) {
      // numbered "一、" right before the body (char codes: no slice and regex per occurrence)
      if (i - 2 >= from && norm.charCodeAt(i - 1) === DUN && NUMERALS.has(norm.charCodeAt(i - 2))) {
        const start = i - 2;
        if (!best || start < best.start) best = { id, start, end: i + b.length, distance: 0, variant: bi > 0 };
        break;
      }
      i = hay.indexOf(b, i + 1);
    }
  });
  return best;
}

function findFuzzy(norm: string, id: SectionId, from: number, to: number): FoundSection | null {
  const h = NORM_HEADINGS[id];
  const m = fuzzyFind(norm, h, Math.min(3, Math.floor(h.length / 5)), from, Math.min(to, from + 20_000));
  if (!m) return null;
  return { id, start: m.start, end: m.end, distance: m.distance, variant: false };
}
