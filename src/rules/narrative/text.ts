// Prose helpers for the narrative rules: a whitespace-normalised view of each section with a map back
// to source offsets, and numbers written in Arabic or Chinese numerals.
import type { Report, Section, SectionId } from "../../model/report.js";
import { forLastReport } from "../support.js";
import { makeLocator } from "../../read/location.js";
import { isJsWhitespace } from "../../normalize/chars.js";
import { codesToString, stringCodes } from "../../normalize/text.js";
import type { SourceLocation } from "../../model/report.js";

export interface Prose {
  section: string;
  /** Normalised text: whitespace between words removed (pdftotext breaks lines mid-word). */
  text: string;
  /** Offset map, sparse: text[segText[k] + d] comes from source offset segSrc[k] + d, up to the next segment.
   *  Only finding locations need it, so one entry per dropped whitespace run instead of one per character. */
  segText: number[];
  segSrc: number[];
  /** Where some word of 2–4 Han characters is written twice in a row, or 的的, whitespace ignored: the
   *  text index of the last character of each such pair. T1's cheap necessary test, answered by the
   *  normalising pass; empty when the text holds none. */
  repeatEnds: number[];
}

/** Source offset of text[i] (0 <= i < text.length). */
export function sourceOffset(p: Prose, i: number): number {
  const st = p.segText;
  let lo = 0;
  let hi = st.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((st[mid] as number) <= i) lo = mid;
    else hi = mid - 1;
  }
  return (p.segSrc[lo] as number) + (i - (st[lo] as number));
}

const SENTENCE_END = new Set([..."。：:；;！？"].map((ch) => ch.charCodeAt(0)));

// Several rules read the same prose: normalise each report once.
export const proseOf: (report: Report) => Prose[] = forLastReport((report) =>
  report.sections.length > 0
    ? report.sections.map((s) => normalise(s.id, s.text, s.textOffset))
    : [normalise("all", report.source.text, 0)],
);

/** One section and its normalised prose (proseOf's entry for it); undefined when the report lacks the section. */
export function sectionProse(report: Report, id: SectionId): { section: Section; prose: Prose } | undefined {
  const at = report.sections.findIndex((s) => s.id === id);
  const section = report.sections[at];
  const prose = proseOf(report)[at];
  return section && prose ? { section, prose } : undefined;
}

const isDigitish = (c: number): boolean => (c >= 48 && c <= 57) || c === 46;

const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fa5;
const DE = 0x7684; // 的

// One pass over the section's characters, read from a typed-array copy (the section text is a slice of
// the document, and charCodeAt on a slice pays an indirection per character) and written kept by kept
// into a scratch buffer decoded once at the end: a flat string, where a string grown run by run was a
// rope of hundreds of pieces (seed 003: 650 line breaks) that every later scan had to flatten first.
// A new map segment starts only where the source offset jumps. The same pass answers T1's cheap
// necessary test (some word of 2–4 Han characters written twice in a row, or 的的), which otherwise
// costs a pass of its own.
export function normalise(section: string, raw: string, offset: number): Prose {
  const segText: number[] = [];
  const segSrc: number[] = [];
  const n = raw.length;
  const src = sectionCodes(raw);
  if (OUT.length < n) OUT = new Uint16Array(n * 2);
  const out = OUT;
  let k = 0; // length of the normalised text so far
  // Next expected source offset if the current segment continued.
  let cont = -1;
  let prev = -1; // char code of the last kept character
  let run = 0; // start of the current run of kept characters
  const repeatEnds: number[] = [];
  // b2 … b7: the kept characters before prev (prev is b1), b2 the latest.
  let b2 = -1;
  let b3 = -1;
  let b4 = -1;
  let b5 = -1;
  let b6 = -1;
  let b7 = -1;
  let i = 0;
  for (;;) {
    if (i < n) {
      const c = src[i] as number;
      if (!isJsWhitespace(c)) {
        if (c === b2 || c === b3 || c === b4 || c === DE) {
          let hit = false;
          if (c === DE && prev === DE) hit = true;
          else if (isHan(c)) {
            if (c === b2 && prev === b3 && isHan(prev)) hit = true;
            else if (c === b3 && prev === b4 && b2 === b5 && isHan(prev) && isHan(b2)) hit = true;
            else if (c === b4 && prev === b5 && b2 === b6 && b3 === b7 && isHan(prev) && isHan(b2) && isHan(b3)) hit = true;
          }
          if (hit) repeatEnds.push(k);
        }
        out[k++] = c;
        b7 = b6;
        b6 = b5;
        b5 = b4;
        b4 = b3;
        b3 = b2;
        b2 = prev;
        prev = c;
        i++;
        continue;
      }
    } else if (run === 0) {
      releaseScratch();
      return { section, text: raw, segText: n > 0 ? [0] : [], segSrc: n > 0 ? [offset] : [], repeatEnds }; // no whitespace at all
    }
    // At a whitespace run or the end: the run of kept characters before it (out[k - (i - run), k)) is in.
    if (i > run) {
      const from = offset + run;
      if (from !== cont) {
        segText.push(k - (i - run));
        segSrc.push(from);
      }
      cont = offset + i;
    }
    if (i >= n) {
      // codesToString keeps unpaired surrogates as they are (Buffer's UTF-16 decoder does not validate)
      const text = codesToString(out, k);
      releaseScratch();
      return { section, text, segText, segSrc, repeatEnds };
    }
    let j = i;
    let newlines = 0;
    while (j < n) {
      const d = src[j] as number;
      if (!isJsWhitespace(d)) break;
      if (d === 10) newlines++;
      j++;
    }
    const next = j < n ? (src[j] as number) : -1;
    // Keep a break between two numbers (table remnants); drop it elsewhere.
    let kept = -1;
    if (prev !== -1 && isDigitish(prev) && next !== -1 && isDigitish(next)) kept = newlines > 0 ? 10 : 32;
    else if (newlines >= 2 && prev !== -1 && SENTENCE_END.has(prev)) kept = 10;
    if (kept !== -1) {
      const at = offset + i;
      if (at !== cont) {
        segText.push(k);
        segSrc.push(at);
      }
      out[k++] = kept;
      cont = at + 1;
      // The kept break is a character of the normalised text: the repeat test sees it as T1 did on the
      // raw text (where it was skipped, next to a digit or a stop, so no Han run crosses it either way).
      prev = kept;
    }
    i = j;
    run = j;
  }
}

// Scratch buffers of normalise (one report is checked at a time; only the strings made from them are kept).
let OUT = new Uint16Array(8192);
const sectionCodes = stringCodes();

/** The output buffer of a very long section is let go, not kept for the life of the process. */
function releaseScratch(): void {
  if (OUT.length > SCRATCH_KEEP) OUT = new Uint16Array(8192);
}
const SCRATCH_KEEP = 1 << 18;



export function locate(report: Report, p: Prose, start: number, end: number): SourceLocation {
  const len = p.text.length;
  const from = start >= 0 && start < len ? sourceOffset(p, start) : len > 0 ? sourceOffset(p, len - 1) : 0;
  const last = Math.max(start, end - 1);
  const to = (last >= 0 && last < len ? sourceOffset(p, last) : from) + 1;
  return makeLocator(report.source.text)(from, Math.max(0, to - from));
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The characters Chinese numerals are written with (NUM's second form). */
export const CN_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万";
const CN_NUMERAL = new RegExp(`^[${CN_NUMERAL_CHARS}]+$`);

/** 三千八百 → 3800, 十二 → 12, 一万二千 → 12000; null when not a well-formed numeral. */
export function parseChineseNumeral(s: string): number | null {
  if (!s || !CN_NUMERAL.test(s)) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in CN_DIGIT) {
      digit = CN_DIGIT[ch] as number;
    } else if (ch in CN_UNIT) {
      section += (digit ?? 1) * (CN_UNIT[ch] as number);
      digit = null;
    } else if (ch === "万") {
      total += (section + (digit ?? 0)) * 10_000;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

export const NUM = String.raw`(\d[\d,，]*(?:\.\d+)?|[${CN_NUMERAL_CHARS}]+)`;
/** Every character NUM can match. */
export const NUM_CHARS = `0123456789,，.${CN_NUMERAL_CHARS}`;

export function parseNumber(s: string): number | null {
  const t = s.replace(/[,，]/g, "");
  if (/^\d/.test(t)) {
    const n = Number(t);
    return Number.isFinite(n) ? n : null;
  }
  return parseChineseNumeral(t);
}

export const HEDGE_BEFORE = /(约|近|超过|逾|大约|将近|接近)$/;
export const HEDGE_AFTER = /^(余|多|左右|以上)/;

