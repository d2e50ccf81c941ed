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
  normMap: number[];
  /** Raw index where each kept line starts, with the line's index in doc.lines. */
  lineStarts: { raw: number; line: number }[];
  chrome: Set<number>;
  locate: (offset: number, length?: number) => SourceLocation;
}

const NUMERIC_CELL = /^[-－]?[\d０-９]+([.．][\d０-９]+)?$/;

export function buildStream(doc: Document): Stream {
  const chrome = chromeLines(doc.lines);
  let raw = "";
  const map: number[] = [];
  const lineStarts: { raw: number; line: number }[] = [];
  doc.lines.forEach((line, li) => {
    if (chrome.has(li)) return;
    lineStarts.push({ raw: raw.length, line: li });
    let sawNumber = false;
    const cells = line.cells;
    for (let ci = 0; ci < cells.length; ci++) {
      const cell = cells[ci]!;
      if (cell.text.length === 0) {
        // A blank cell only counts between/after printed values; before them it is merged-cell layout.
        const laterText = cells.slice(ci + 1).some((c) => c.text.length > 0);
        if (sawNumber && (laterText || line.kind === "row")) {
          raw += BLANK;
          map.push(cell.loc.offset);
          raw += "\n";
          map.push(cell.loc.offset);
        }
        continue;
      }
      if (NUMERIC_CELL.test(cell.text)) sawNumber = true;
      for (let k = 0; k < cell.text.length; k++) {
        raw += cell.text[k];
        map.push(cell.loc.offset + k);
      }
      raw += "\n";
      map.push(cell.loc.offset + cell.text.length);
    }
  });
  map.push(doc.text.length);
  const n = normalizeWithMap(raw);
  return {
    doc,
    raw,
    rawMap: Int32Array.from(map),
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
