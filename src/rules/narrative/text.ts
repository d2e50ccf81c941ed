// Prose helpers for the narrative rules: a whitespace-normalised view of each section with a map back
// to source offsets, and numbers written in Arabic or Chinese numerals.
import type { Report } from "../../model/report.js";
import { forLastReport } from "../support.js";
import { makeLocator } from "../../read/location.js";
import type { SourceLocation } from "../../model/report.js";

export interface Prose {
  section: string;
  /** Normalised text: whitespace between words removed (pdftotext breaks lines mid-word). */
  text: string;
  /** Offset map, sparse: text[segText[k] + d] comes from source offset segSrc[k] + d, up to the next segment.
   *  Only finding locations need it, so one entry per dropped whitespace run instead of one per character. */
  segText: number[];
  segSrc: number[];
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
export const proseOf: (report: Report) => Prose[] = forLastReport((report) => {
  const blocks =
    report.sections.length > 0
      ? report.sections.map((s) => ({ section: s.id, text: s.text, offset: s.textOffset }))
      : [{ section: "all", text: report.source.text, offset: 0 }];
  return blocks.map((b) => normalise(b.section, b.text, b.offset));
});

/** Whitespace as /\s/ has it. */
// Ordered for the common case: CJK text (above U+3000) and ASCII letters, digits and punctuation.
export const isSpace = (c: number): boolean =>
  c > 0x3000
    ? c === 0xfeff
    : c <= 32
      ? c === 32 || (c >= 9 && c <= 13)
      : c >= 0xa0 && (c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x1680 || c === 0x202f || c === 0x205f);
const isDigitish = (c: number): boolean => (c >= 48 && c <= 57) || c === 46;

// Kept characters are copied in runs (slices) between whitespace; a new map segment starts only where
// the source offset jumps.
export function normalise(section: string, raw: string, offset: number): Prose {
  const segText: number[] = [];
  const segSrc: number[] = [];
  let text = "";
  // Next expected source offset if the current segment continued.
  let cont = -1;
  const add = (piece: string, src: number) => {
    if (src !== cont) {
      segText.push(text.length);
      segSrc.push(src);
    }
    text += piece;
    cont = src + piece.length;
  };
  const n = raw.length;
  let prev = -1; // char code of the last kept character
  let run = 0; // start of the current run of kept characters
  let i = 0;
  while (i < n) {
    const c = raw.charCodeAt(i);
    if (!isSpace(c)) {
      prev = c;
      i++;
      continue;
    }
    if (i > run) add(raw.slice(run, i), offset + run);
    let j = i;
    let newlines = 0;
    while (j < n) {
      const d = raw.charCodeAt(j);
      if (!isSpace(d)) break;
      if (d === 10) newlines++;
      j++;
    }
    const next = j < n ? raw.charCodeAt(j) : -1;
    // Keep a break between two numbers (table remnants); drop it elsewhere.
    if (prev !== -1 && isDigitish(prev) && next !== -1 && isDigitish(next)) {
      add(newlines > 0 ? "\n" : " ", offset + i);
      prev = newlines > 0 ? 10 : 32;
    } else if (newlines >= 2 && prev !== -1 && SENTENCE_END.has(prev)) {
      add("\n", offset + i);
      prev = 10;
    }
    i = j;
    run = j;
  }
  if (run === 0) return { section, text: raw, segText: n > 0 ? [0] : [], segSrc: n > 0 ? [offset] : [] };
  if (n > run) add(raw.slice(run, n), offset + run);
  return { section, text, segText, segSrc };
}

export function locate(report: Report, p: Prose, start: number, end: number): SourceLocation {
  const len = p.text.length;
  const from = start >= 0 && start < len ? sourceOffset(p, start) : len > 0 ? sourceOffset(p, len - 1) : 0;
  const last = Math.max(start, end - 1);
  const to = (last >= 0 && last < len ? sourceOffset(p, last) : from) + 1;
  return makeLocator(report.source.text)(from, Math.max(0, to - from));
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 三千八百 → 3800, 十二 → 12, 一万二千 → 12000; null when not a well-formed numeral. */
export function parseChineseNumeral(s: string): number | null {
  if (!s || !/^[零〇一二两三四五六七八九十百千万]+$/.test(s)) return null;
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

export const NUM = String.raw`(\d[\d,，]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+)`;

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

