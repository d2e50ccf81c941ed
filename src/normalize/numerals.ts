// Chinese numerals (三千八百 → 3800, 二〇二四 → 2024) and printed numbers with full-width digits.
import { asciiDigits } from "./text.js";

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, "○": 0, Ｏ: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/**
 * Parses a Chinese numeral; null when the string is not one. Accepts positional forms
 * (三千八百, 十五, 一万零三) and digit-by-digit forms (二〇二四).
 */
export function chineseToNumber(s: string): number | null {
  const str = s.trim();
  if (str.length === 0) return null;
  const chars = Array.from(str);
  if (!chars.every((c) => c in DIGITS || c in SMALL_UNITS || c in BIG_UNITS)) return null;
  if (chars.every((c) => c in DIGITS)) {
    if (chars.length === 1) return DIGITS[chars[0] as string] ?? null;
    // 二〇二四: digit by digit
    return Number(chars.map((c) => String(DIGITS[c])).join(""));
  }
  let total = 0; // finished big-unit groups
  let section = 0; // current group below 万
  let digit: number | null = null;
  let lastSmall = Infinity;
  let lastBig = Infinity;
  let zeroSinceUnit = false;
  for (const c of chars) {
    if (c === "零" || c === "〇" || c === "○") {
      // positional zero: marks a skipped place (一百零三), carries no value
      if (digit !== null) return null;
      zeroSinceUnit = true;
      continue;
    }
    if (c in DIGITS) {
      if (digit !== null) return null; // two digits in a row in positional form
      digit = DIGITS[c] as number;
    } else if (c in SMALL_UNITS) {
      const u = SMALL_UNITS[c] as number;
      if (u >= lastSmall) return null;
      section += (digit ?? (u === 10 && section === 0 ? 1 : NaN)) * u;
      if (Number.isNaN(section)) return null;
      digit = null;
      lastSmall = u;
      zeroSinceUnit = false;
    } else {
      const u = BIG_UNITS[c] as number;
      if (u >= lastBig) return null;
      section += digit ?? 0;
      if (section === 0) return null;
      total += section * u;
      section = 0;
      digit = null;
      lastSmall = Infinity;
      lastBig = u;
      zeroSinceUnit = false;
    }
  }
  if (digit !== null) {
    // 三千八 means 3800 (the unit below the last one is implied); 一万零三 keeps 3.
    const implied = lastSmall !== Infinity && !zeroSinceUnit ? lastSmall / 10 : 1;
    section += digit * (implied >= 1 ? implied : 1);
  }
  return total + section;
}

/** Parses a printed number: ASCII or full-width digits, optional sign, decimals, thousands commas. */
export function parsePrintedNumber(s: string): number | null {
  const t = asciiDigits(s.trim()).replace(/,(?=\d{3}(\D|$))/g, "");
  if (!/^-?\d+(\.\d+)?$/.test(t)) {
    return chineseToNumber(s);
  }
  return Number(t);
}
