// The document as one searchable stream: token texts joined by "\n" (raw), and the same text
// normalised for label matching (norm), each with a map back to source offsets. Numbers are read
// from raw (so separate cells stay separate numbers), labels are found in norm (so labels split
// across lines or cells, with mixed punctuation, still match).
import type { Document } from "../read/blocks.js";
import { makeLocator } from "../read/location.js";
import type { SourceLocation } from "../model/report.js";
import { normalizeWithMap } from "../normalize/text.js";
import { chromeLines } from "./chrome.js";

/** Marks an empty table cell that stands between printed values (a blank cell). */
export const BLANK = "\uE000";

export interface Stream {
  doc: Document;
  raw: string;
  /** rawMap[i] = source offset of raw[i]; rawMap[raw.length] = text length. */
  rawMap: Int32Array;
  norm: string;
  /** normMap[i] = raw index of norm[i]; normMap[norm.length] = raw.length. */
  normMap: Int32Array;
  /** Raw index where each kept line starts, with the line's index in doc.lines. */
  lineStarts: { raw: number; line: number }[];
  chrome: Set<number>;
  locate: (offset: number, length?: number) => SourceLocation;
}

const NUMERIC_CELL = /^([-－]?[\d０-９]+([.．][\d０-９]+)?|[/／—–\-－无]|——)$/; // a value cell: number or slash mark

export function buildStream(doc: Document): Stream {
  const chrome = chromeLines(doc.lines);
  const parts: string[] = [];
  let size = doc.text.length + 16;
  for (const line of doc.lines) size += line.cells.length * 2;
  const map = new Int32Array(size + 1);
  let k = 0;
  const lineStarts: { raw: number; line: number }[] = [];
  const lines = doc.lines;
  for (let li = 0; li < lines.length; li++) {
    if (chrome.has(li)) continue;
    const line = lines[li]!;
    lineStarts.push({ raw: k, line: li });
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
          parts.push(BLANK, "\n");
          map[k++] = cell.loc.offset;
          map[k++] = cell.loc.offset;
        }
        continue;
      }
      // A merged cell's copies (colspan/rowspan expanded by the grid readers) are one printed
      // value, not several: counting them would misalign single-value rows like 行政许可.
      if (cell.merged && NUMERIC_CELL.test(t)) continue;
      if (!sawNumber && NUMERIC_CELL.test(t)) sawNumber = true;
      parts.push(t, "\n");
      const off = cell.loc.offset;
      for (let j = 0; j < t.length; j++) map[k++] = off + j;
      map[k++] = off + t.length;
    }
  }
  map[k] = doc.text.length;
  const raw = parts.join("");
  const n = normalizeWithMap(raw);
  return {
    doc,
    raw,
    rawMap: map.subarray(0, k + 1),
    norm: n.text,
    normMap: n.map,
    lineStarts,
    chrome,
    locate: makeLocator(doc.text),
  };
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
