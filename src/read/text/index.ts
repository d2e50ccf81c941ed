// Text reader: plain text and Markdown → Document of Lines of Tokens, each with its exact location.
// Cells are split on tabs (spreadsheet/Word exports), on Markdown pipes (pipe tables), or on runs of
// two or more spaces (pdftotext -layout). Nothing is interpreted here: the report builder decides
// what is a label, a number or page chrome.
import type { Document, Line, Token } from "../blocks.js";
import type { SourceLocation } from "../../model/report.js";

type Locate = (offset: number, length?: number) => SourceLocation;

/** Locations within one line (no search: the line's number and start are known). */
function lineLocator(lineStart: number, line: number): Locate {
  return (offset: number, length = 0) => ({ offset, length, line, column: offset - lineStart + 1 });
}

export interface TextMeta {
  name: string;
  encoding: string;
  sha256: string;
}

const MD_HEADING = /^(#{1,6})[ \t]+/;
const PIPE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

export function readText(text: string, meta: TextMeta): Document {
  const lines: Line[] = [];
  let lineNo = 1;
  const isMarkdown = /\.(md|markdown)$/i.test(meta.name);
  let table = -1;
  let inPipeTable = false;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end; // CRLF
    const line = readLine(text, start, lineEnd, lineLocator(start, lineNo));
    if (line) {
      if (line.kind === "row") {
        if (!inPipeTable) table++;
        inPipeTable = true;
        line.table = table;
      } else inPipeTable = false;
      if (line !== SKIP) lines.push(line);
    } else inPipeTable = false;
    if (end >= text.length) break;
    start = end + 1;
    lineNo++;
  }
  return {
    name: meta.name,
    kind: isMarkdown || lines.some((l) => l.heading !== undefined || l.kind === "row") ? "markdown" : "text",
    encoding: meta.encoding,
    text,
    lines,
    sha256: meta.sha256,
    warnings: [],
  };
}

/** A pipe-table separator line: part of the table, but no content. */
const SKIP: Line = { cells: [], loc: { offset: 0, length: 0, line: 1, column: 1 }, kind: "row" };

function readLine(text: string, start: number, end: number, locate: Locate): Line | null {
  const raw = text.slice(start, end);
  if (raw.trim().length === 0) return null;
  const loc = locate(start, end - start);
  const t = raw.trimStart();
  if (t.startsWith("|") && raw.trimEnd().endsWith("|") && t.length > 1) {
    if (PIPE_SEPARATOR.test(raw)) return SKIP;
    return { cells: splitOn(text, start, end, "|", locate, true), loc, kind: "row" };
  }
  const h = MD_HEADING.exec(raw);
  if (h) {
    const from = start + h[0].length;
    const cells = splitOn(text, from, end, "\t", locate, false);
    return { cells, loc, kind: "text", heading: (h[1] as string).length };
  }
  if (raw.includes("\t")) return { cells: splitOn(text, start, end, "\t", locate, false), loc, kind: "text" };
  if (/\S {2,}\S/.test(raw)) return { cells: splitSpaces(text, start, end, locate), loc, kind: "text" };
  return { cells: [token(text, start, end, locate)], loc, kind: "text" };
}

/** A token trimmed of surrounding whitespace (empty tokens keep their position). */
function token(text: string, from: number, to: number, locate: Locate): Token {
  let a = from;
  let b = to;
  while (a < b && isWs(text.charCodeAt(a))) a++;
  while (b > a && isWs(text.charCodeAt(b - 1))) b--;
  return { text: text.slice(a, b), loc: locate(a, b - a) };
}

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0x3000 || c === 0xa0;
}

function splitOn(
  text: string,
  from: number,
  to: number,
  sep: string,
  locate: Locate,
  pipes: boolean,
): Token[] {
  const cells: Token[] = [];
  let a = from;
  if (pipes) {
    while (a < to && text[a] !== "|") a++;
    a++; // after the leading pipe
  }
  let last = to;
  if (pipes) {
    last = to;
    while (last > a && text[last - 1] !== "|") last--;
    last--; // the trailing pipe
  }
  let i = a;
  for (let j = a; j <= last; j++) {
    if (j === last || text[j] === sep) {
      cells.push(token(text, i, j, locate));
      i = j + 1;
    }
  }
  return cells;
}

/** pdftotext -layout: columns are separated by two or more spaces. */
function splitSpaces(text: string, from: number, to: number, locate: Locate): Token[] {
  const cells: Token[] = [];
  let i = from;
  while (i < to && isWs(text.charCodeAt(i))) i++;
  let cellStart = i;
  while (i < to) {
    if (isWs(text.charCodeAt(i))) {
      let j = i;
      while (j < to && isWs(text.charCodeAt(j))) j++;
      if (j - i >= 2 || j === to) {
        cells.push(token(text, cellStart, i, locate));
        cellStart = j;
      }
      i = j;
    } else i++;
  }
  if (cellStart < to) cells.push(token(text, cellStart, to, locate));
  return cells;
}
