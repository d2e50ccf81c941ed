// Reading the values printed between two labels: numbers, slash marks ("/", "—", "无") and blank
// cells, in order. Item numbering ("2." before a label) is never a value.
import type { SourceLocation } from "../model/report.js";
import { isTableDigit } from "../normalize/chars.js";
import { BLANK, type Stream } from "./stream.js";

export interface Item {
  kind: "number" | "slash" | "blank";
  value: number | null;
  /** The characters as printed (digits for a number). */
  raw: string;
  /** Raw-stream span. */
  start: number;
  end: number;
  /** An integer printed as a bare digit run (a candidate for splitting in flattened text). */
  intRun: boolean;
}

const SLASHES = new Set(["/", "／", "—", "——", "-", "－", "–", "无", "\\"]);
const SLASH_MAX = Math.max(...[...SLASHES].map((x) => x.length));
const BLANK_CODE = BLANK.charCodeAt(0);

function digitChar(c: number): string {
  return String.fromCharCode(c >= 0xff10 ? c - 0xfee0 : c);
}
function isBoundary(c: number | undefined): boolean {
  return c === undefined || c === 10 || c === 32 || c === 9 || c === 0x3000 || c === 124;
}

/** Items in raw[from, to). */
export function readItems(s: Stream, from: number, to: number, allowNegative = false, glued = false): Item[] {
  const raw = s.raw;
  const items: Item[] = [];
  let i = from;
  while (i < to) {
    const c = raw.charCodeAt(i);
    if (c === BLANK_CODE) {
      items.push({ kind: "blank", value: null, raw: "", start: i, end: i + 1, intRun: false });
      i++;
      continue;
    }
    if (isTableDigit(c)) {
      let j = i;
      let ascii = true;
      while (j < to && isTableDigit(raw.charCodeAt(j))) {
        if (raw.charCodeAt(j) > 57) ascii = false;
        j++;
      }
      let digits = ascii ? raw.slice(i, j) : "";
      if (!ascii) for (let q = i; q < j; q++) digits += digitChar(raw.charCodeAt(q));
      let text = digits;
      let isDecimal = false;
      const after = raw.charCodeAt(j);
      if ((after === 46 || after === 0xff0e) && j + 1 < to && isTableDigit(raw.charCodeAt(j + 1))) {
        let k = j + 1;
        let frac = "";
        while (k < to && isTableDigit(raw.charCodeAt(k))) frac += digitChar(raw.charCodeAt(k++));
        text = `${digits}.${frac}`;
        isDecimal = true;
        j = k;
      } else if (after === 46 || after === 0xff0e || after === 0x3001) {
        // "2.其他…": item numbering of a label, not a value.
        i = j + 1;
        continue;
      }
      // "数据1": a digit glued to a word is part of the word, unless the text is flattened
      // (crawler text glues every value to its label: "规章000").
      const left = raw.charCodeAt(i - 1);
      if (!glued && left >= 0x4e00 && left <= 0x9fff) {
        i = j;
        continue;
      }
      let start = i;
      let value = Number(text);
      const prev = raw.charCodeAt(i - 1);
      if (allowNegative && (prev === 45 || prev === 0xff0d) && (isBoundary(raw.charCodeAt(i - 2)) || isTableDigit(raw.charCodeAt(i - 2)))) {
        value = -value;
        start = i - 1;
        text = `-${text}`;
      }
      items.push({ kind: "number", value, raw: text, start, end: j, intRun: !isDecimal && !text.startsWith("-") });
      i = j;
      continue;
    }
    if (!isBoundary(c)) {
      // A chunk of non-space characters: a slash mark only when it stands alone as a cell.
      let j = i;
      while (j < to && !isBoundary(raw.charCodeAt(j)) && raw.charCodeAt(j) !== BLANK_CODE) j++;
      // no slash mark is longer than SLASH_MAX: a longer chunk (a word) is never sliced
      if (j - i <= SLASH_MAX && isBoundary(raw.charCodeAt(i - 1)) && isBoundary(raw.charCodeAt(j))) {
        const chunk = raw.slice(i, j);
        if (SLASHES.has(chunk)) {
          items.push({ kind: "slash", value: null, raw: chunk, start: i, end: j, intRun: false });
          i = j;
          continue;
        }
      }
      // skip non-digit characters of the chunk (digits inside it are read on the next turns)
      while (i < j && !isTableDigit(raw.charCodeAt(i))) i++;
      continue;
    }
    i++;
  }
  return items;
}

export function itemLoc(s: Stream, it: Item): SourceLocation {
  const a = s.rawMap[it.start]!;
  const b = s.rawMap[Math.max(it.start, it.end - 1)]! + 1;
  return s.locate(a, b - a);
}

/**
 * Fits items to k columns: exactly k values (numbers or slashes) → in order; fewer, but blank
 * cells make up the difference → blanks take their positions; otherwise null (caller decides).
 */
export function fitItems(items: readonly Item[], k: number): readonly Item[] | null {
  // counted first: it runs several times per row, and most rows have no blank to drop
  let filled = 0;
  for (let i = 0; i < items.length; i++) if (items[i]!.kind !== "blank") filled++;
  if (filled === k) return filled === items.length ? items : items.filter((x) => x.kind !== "blank");
  if (filled > k) return null;
  let a = 0;
  while (a < items.length && items[a]!.kind === "blank") a++;
  let b = items.length;
  while (b - a > k && items[b - 1]!.kind === "blank") b--;
  return b - a === k ? items.slice(a, b) : null;
}
