// The document as one searchable stream: token texts joined by "\n" (raw), and the same text
// normalised for label matching (norm), each with a map back to source offsets. Numbers are read
// from raw (so separate cells stay separate numbers), labels are found in norm (so labels split
// across lines or cells, with mixed punctuation, still match).
import type { Document } from "../read/blocks.js";
import { makeLineLocator, makeLocator } from "../read/location.js";
import type { SourceLocation } from "../model/report.js";
import { isTableDigit } from "../normalize/chars.js";
import { codesToString, normalizeCodesWithHead, stringCodes } from "../normalize/text.js";
import { chromeLines } from "./chrome.js";

/** Marks an empty table cell that stands between printed values (a blank cell). */
export const BLANK = "\uE000";
const BLANK_CODE = 0xe000;
/** Scratch buffers for the raw text's codes and map (reused: only what is made from them is kept). */
let CODES = new Uint16Array(8192);
let MAP = new Int32Array(8193);
/** The document text as UTF-16 codes, for verbatim documents (one native copy, see stringCodes). */
const textCodes = stringCodes();

export interface Stream {
  doc: Document;
  raw: string;
  /** rawMap[i] = source offset of raw[i]; rawMap[raw.length] = text length. */
  rawMap: Int32Array;
  norm: string;
  /** normMap[i] = raw index of norm[i]; normMap[norm.length] = raw.length. */
  normMap: Int32Array;
  chrome: Set<number>;
  locate: (offset: number, length?: number) => SourceLocation;
  /** The 1-based line of a source offset (no location object built). */
  lineOf: (offset: number) => number;
}

/** A value cell: a number (optionally negative, with a fraction) or a slash mark (/, —, 无…). */
function isNumericCell(t: string): boolean {
  const n = t.length;
  if (n === 1 && SLASH_MARKS.has(t.charCodeAt(0))) return true;
  if (t === "——") return true;
  let i = 0;
  const c0 = t.charCodeAt(0);
  if (c0 === 45 || c0 === 0xff0d) i++; // - －
  const d0 = i;
  while (i < n && isTableDigit(t.charCodeAt(i))) i++;
  if (i === d0) return false;
  if (i === n) return true;
  const p = t.charCodeAt(i);
  if (p !== 46 && p !== 0xff0e) return false; // . ．
  const f0 = ++i;
  while (i < n && isTableDigit(t.charCodeAt(i))) i++;
  return i > f0 && i === n;
}
const SLASH_MARKS = new Set([..."/／—–-－无"].map((c) => c.charCodeAt(0)));

export function buildStream(doc: Document): Stream {
  const chrome = chromeLines(doc.lines);
  let size = doc.text.length + 16;
  for (const line of doc.lines) size += line.cells.length * 2;
  if (MAP.length < size + 1) MAP = new Int32Array((size + 1) * 2);
  const map = MAP;
  // raw is assembled as UTF-16 codes (normalised straight from them), then made a string once
  if (CODES.length < size + 1) CODES = new Uint16Array((size + 1) * 2);
  const codes = CODES;
  let k = 0;
  const lines = doc.lines;
  const src = doc.verbatim === true ? textCodes(doc.text) : null;
  for (let li = 0; li < lines.length; li++) {
    if (chrome.size !== 0 && chrome.has(li)) continue; // most texts have no chrome: no lookup per line
    const line = lines[li]!;
    let sawNumber = false;
    const cells = line.cells;
    let lastText = -1;
    for (let ci = cells.length - 1; ci >= 0; ci--) if (cells[ci]!.text.length > 0) { lastText = ci; break; }
    for (let ci = 0; ci < cells.length; ci++) {
      const cell = cells[ci]!;
      // a merged cell's copies (rowspan/colspan expanded by grid readers) are not printed again
      if (cell.merged) continue;
      const t = cell.text;
      if (t.length === 0) {
        // A blank cell only counts between/after printed values; before them it is merged-cell layout.
        if (sawNumber && (ci < lastText || line.kind === "row")) {
          codes[k] = BLANK_CODE;
          map[k++] = cell.loc.offset;
          codes[k] = 10;
          map[k++] = cell.loc.offset;
        }
        continue;
      }
      if (!sawNumber && isNumericCell(t)) sawNumber = true;
      const off = cell.loc.offset;
      if (src !== null) {
        const e = off + t.length;
        for (let j = off; j < e; j++) {
          codes[k] = src[j]!;
          map[k++] = j;
        }
      } else
        for (let j = 0; j < t.length; j++) {
          codes[k] = t.charCodeAt(j);
          map[k++] = off + j;
        }
      codes[k] = 10;
      map[k++] = off + t.length;
    }
  }
  map[k] = doc.text.length;
  const raw = codesToString(codes, k);
  const n = normalizeCodesWithHead(codes, k, map.subarray(0, k + 1));
  if (CODES.length > 1 << 18) {
    // a large document's buffers are not kept
    CODES = new Uint16Array(8192);
    MAP = new Int32Array(8193);
  }
  return {
    doc,
    raw,
    rawMap: n.head,
    norm: n.text,
    normMap: n.map,
    chrome,
    locate: lazyLocator(doc.text),
    lineOf: lazyLineOf(doc.text),
  };
}

/** Builds the line table of the text only when a location is first asked for. */
function lazyLocator(text: string): Stream["locate"] {
  let locate: Stream["locate"] | undefined;
  return (offset, length) => (locate ??= makeLocator(text))(offset, length);
}

function lazyLineOf(text: string): Stream["lineOf"] {
  let lineOf: Stream["lineOf"] | undefined;
  return (offset) => (lineOf ??= makeLineLocator(text))(offset);
}

/** Source offset of a norm index. */
export function srcOfNorm(s: Stream, i: number): number {
  return s.rawMap[s.normMap[Math.min(i, s.normMap.length - 1)]!]!;
}

/** Location and printed text of the norm span [start, end). */
export function spanOf(s: Stream, start: number, end: number): { loc: SourceLocation; text: string } {
  const a = srcOfNorm(s, start);
  const lastRaw = s.normMap[Math.max(start, end - 1)]!;
  const b = s.rawMap[lastRaw]! + 1;
  return { loc: s.locate(a, Math.max(0, b - a)), text: s.doc.text.slice(a, b) };
}
