// The shared back end of the structured readers (HTML, .docx, .doc, PDF): they describe the document
// as a flow of paragraphs and tables (merged cells as spans), and this module lays the tables out
// on their grid (copies of merged cells marked `merged`), writes the plain-text rendering all
// locations point into, and returns the block model (./blocks.ts).
import type { SourceKind, SourceLocation } from "../model/report.js";
import type { Document, Line, Token } from "./blocks.js";

type Extra = Pick<SourceLocation, "page" | "box">;

export interface FlowCell {
  text: string;
  colspan?: number;
  rowspan?: number;
  /** PDF: where the cell sits. */
  extra?: Extra;
}

export interface FlowParagraph {
  type: "p";
  text: string;
  heading?: number;
  extra?: Extra;
}

export interface FlowTable {
  type: "table";
  rows: FlowCell[][];
}

export type FlowBlock = FlowParagraph | FlowTable;

export interface FlowMeta {
  name: string;
  kind: SourceKind;
  encoding: string;
  sha256: string;
  pages?: number;
  warnings?: string[];
}

/** One cell's text on one line: runs of whitespace (and line breaks) collapsed, ends trimmed. */
export function cleanCellText(s: string): string {
  return s
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .replace(/[ \t\r\n\f\v\u00a0]*\n[ \t\r\n\f\v\u00a0]*/g, "\n")
    .replace(/[ \t\r\f\v\u00a0]+/g, " ")
    .replace(/\n/g, (_m, i: number, all: string) => joiner(all[i - 1], all[i + 1]))
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
}

// A break between two CJK characters (a wrapped label such as 结果 / 纠正) joins without a space.
function joiner(before: string | undefined, after: string | undefined): string {
  const cjk = /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/;
  if (!before || !after) return "";
  return cjk.test(before) || cjk.test(after) ? "" : " ";
}

interface GridSlot {
  cell: FlowCell;
  origin: boolean;
  /** Grid column of the slot. */
  col: number;
}

/** The HTML table algorithm: each row's slots, with row- and column-spans expanded. */
export function layoutGrid(rows: FlowCell[][]): GridSlot[][] {
  const grid: (GridSlot | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      const g = grid[r] ?? [];
      while (g[c]) c++;
      const cs = Math.max(1, Math.min(cell.colspan ?? 1, 1000));
      const rs = Math.max(1, Math.min(cell.rowspan ?? 1, rows.length - r));
      for (let dr = 0; dr < rs; dr++)
        for (let dc = 0; dc < cs; dc++) {
          const gr = grid[r + dr];
          if (gr && !gr[c + dc]) gr[c + dc] = { cell, origin: dr === 0 && dc === 0, col: c + dc };
        }
      c += cs;
    }
  });
  const width = Math.max(0, ...grid.map((g) => g.length));
  // Holes (short rows) become empty cells so every row has the table's width.
  return grid.map((g) => {
    const out: GridSlot[] = [];
    for (let c = 0; c < width; c++) out.push(g[c] ?? { cell: { text: "" }, origin: true, col: c });
    return out;
  });
}

/** Renders the flow as text and block lines. */
export function emitDocument(blocks: FlowBlock[], meta: FlowMeta): Document {
  let text = "";
  let lineNo = 1;
  const lines: Line[] = [];
  const loc = (offset: number, length: number, lineStart: number, extra?: Extra): SourceLocation => ({
    offset,
    length,
    line: lineNo,
    column: offset - lineStart + 1,
    ...(extra ?? {}),
  });
  let tableIndex = 0;
  for (const b of blocks) {
    if (b.type === "p") {
      const t = cleanCellText(b.text);
      if (!t) continue;
      const start = text.length;
      text += `${t}\n`;
      const l = loc(start, t.length, start, b.extra);
      const line: Line = { cells: [{ text: t, loc: l }], loc: l, kind: "text" };
      if (b.heading) line.heading = b.heading;
      lines.push(line);
      lineNo++;
      continue;
    }
    const grid = layoutGrid(b.rows);
    if (grid.length === 0) continue;
    const t = tableIndex++;
    // Where each origin cell was written, so copies can point at it.
    const written = new Map<FlowCell, SourceLocation>();
    grid.forEach((slots, r) => {
      const start = text.length;
      const cells: Token[] = [];
      let first = true;
      for (const s of slots) {
        if (!s.origin) {
          const orig = written.get(s.cell);
          const ct = cleanCellText(s.cell.text);
          const l = orig ? { ...orig, row: r, cell: s.col } : { ...loc(text.length, 0, start), table: t, row: r, cell: s.col };
          cells.push({ text: ct, loc: l, merged: true });
          continue;
        }
        if (!first) text += "\t";
        first = false;
        const ct = cleanCellText(s.cell.text);
        const off = text.length;
        text += ct;
        const l: SourceLocation = { ...loc(off, ct.length, start, s.cell.extra), table: t, row: r, cell: s.col };
        written.set(s.cell, l);
        cells.push({ text: ct, loc: l });
      }
      const line: Line = {
        cells,
        loc: { ...loc(start, text.length - start, start), table: t, row: r },
        kind: "row",
        table: t,
      };
      const page = cells.find((c) => c.loc.page)?.loc.page;
      if (page) line.loc.page = page;
      text += "\n";
      lineNo++;
      lines.push(line);
    });
  }
  const doc: Document = {
    name: meta.name,
    kind: meta.kind,
    encoding: meta.encoding,
    text,
    lines,
    sha256: meta.sha256,
    warnings: meta.warnings ?? [],
  };
  if (meta.pages) doc.pages = meta.pages;
  return doc;
}
