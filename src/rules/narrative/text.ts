// Prose helpers for the narrative rules: a whitespace-normalised view of each section with a map back
// to source offsets, sentence splitting, and numbers written in Arabic or Chinese numerals.
import type { Report } from "../../model/report.js";
import { makeLocator } from "../../read/location.js";
import type { SourceLocation } from "../../model/report.js";

export interface Prose {
  section: string;
  /** Normalised text: whitespace between words removed (pdftotext breaks lines mid-word). */
  text: string;
  /** map[i] = source offset of text[i]. */
  map: number[];
}

const DIGITISH = /[0-9.]/;

export function proseOf(report: Report): Prose[] {
  const blocks =
    report.sections.length > 0
      ? report.sections.map((s) => ({ section: s.id, text: s.text, offset: s.textOffset }))
      : [{ section: "all", text: report.source.text, offset: 0 }];
  return blocks.map((b) => normalise(b.section, b.text, b.offset));
}

export function normalise(section: string, raw: string, offset: number): Prose {
  let text = "";
  const map: number[] = [];
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i] as string;
    if (/\s/.test(ch)) {
      let j = i;
      while (j < raw.length && /\s/.test(raw[j] as string)) j++;
      const run = raw.slice(i, j);
      const prev = text[text.length - 1] ?? "";
      const next = raw[j] ?? "";
      // Keep a break between two numbers (table remnants); drop it elsewhere.
      if (DIGITISH.test(prev) && DIGITISH.test(next)) {
        text += run.includes("\n") ? "\n" : " ";
        map.push(offset + i);
      } else if (run.includes("\n\n") && /[。：:；;！？]$/.test(prev)) {
        text += "\n";
        map.push(offset + i);
      }
      i = j;
      continue;
    }
    text += ch;
    map.push(offset + i);
    i++;
  }
  return { section, text, map };
}

export function locate(report: Report, p: Prose, start: number, end: number): SourceLocation {
  const from = p.map[start] ?? p.map[p.map.length - 1] ?? 0;
  const to = (p.map[Math.max(start, end - 1)] ?? from) + 1;
  return makeLocator(report.source.text)(from, Math.max(0, to - from));
}

/** Sentences (split on 。！？ and line breaks; 、，；stay inside). */
export function sentences(p: Prose, splitSemicolon = false): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = splitSemicolon ? /[^。！？\n；;]+[。！？；;]?/g : /[^。！？\n]+[。！？]?/g;
  for (const m of p.text.matchAll(re)) out.push({ text: m[0], start: m.index ?? 0 });
  return out;
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

