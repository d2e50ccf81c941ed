// Text reader: plain text and Markdown → Document of Lines of Tokens, each with its exact location.
// Cells are split on tabs (spreadsheet/Word exports), on Markdown pipes (pipe tables), or on runs of
// two or more spaces (pdftotext -layout). Nothing is interpreted here: the report builder decides
// what is a label, a number or page chrome.
//
// Hot path (every text report): one scan per line on char codes, no per-line substrings, closures
// or regexes except for the rare pipe-table separator.
import type { Document, Line, Token } from "../blocks.js";
import type { SourceLocation } from "../../model/report.js";
import { nextNewline } from "../location.js";
import { isJsWhitespace } from "../../normalize/chars.js";

export interface TextMeta {
  name: string;
  encoding: string;
  sha256: string;
}

const PIPE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const MARKDOWN_NAME = /\.(md|markdown)$/i;

export function readText(text: string, meta: TextMeta): Document {
  const lines: Line[] = [];
  let lineNo = 1;
  const isMarkdown = MARKDOWN_NAME.test(meta.name);
  let markdown = isMarkdown;
  let table = -1;
  let inPipeTable = false;
  let start = 0;
  const n = text.length;
  const scan: Scan = { tab: -1, spaces: -1 };
  while (start <= n) {
    let end = nextNewline(text, start);
    if (end === -1) end = n;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end; // CRLF
    const line = readLine(text, start, lineEnd, lineNo, scan);
    if (line) {
      if (line.kind === "row") {
        if (!inPipeTable) table++;
        inPipeTable = true;
        line.table = table;
      } else inPipeTable = false;
      if (line !== SKIP) {
        if (line.heading !== undefined || line.kind === "row") markdown = true;
        lines.push(line);
      }
    } else inPipeTable = false;
    if (end >= n) break;
    start = end + 1;
    lineNo++;
  }
  return {
    name: meta.name,
    kind: markdown ? "markdown" : "text",
    encoding: meta.encoding,
    text,
    lines,
    sha256: meta.sha256,
    warnings: [],
    // every token is a slice of text at its own offset (token() below)
    verbatim: true,
  };
}

/** A pipe-table separator line: part of the table, but no content. */
const SKIP: Line = { cells: [], loc: { offset: 0, length: 0, line: 1, column: 1 }, kind: "row" };

function loc(offset: number, length: number, line: number, lineStart: number): SourceLocation {
  return { offset, length, line, column: offset - lineStart + 1 };
}

/**
 * Where the next tab and the next two-space run are, at or after the line being read: each is
 * searched once per occurrence, not once per line (a search per line would rescan to the end of a
 * text that has none).
 */
interface Scan {
  tab: number;
  spaces: number;
}

function nextOf(text: string, what: string, from: number): number {
  const i = text.indexOf(what, from);
  return i === -1 ? text.length + 1 : i;
}

function readLine(text: string, start: number, end: number, lineNo: number, scan: Scan): Line | null {
  // first and last non-blank characters (String.prototype.trim's notion of white space)
  let a = start;
  while (a < end && isJsWhitespace(text.charCodeAt(a))) a++;
  if (a === end) return null;
  let z = end;
  while (z > a && isJsWhitespace(text.charCodeAt(z - 1))) z--;
  const lineLoc = loc(start, end - start, lineNo, start);
  const first = text.charCodeAt(a);
  if (first === 124 /* | */ && text.charCodeAt(z - 1) === 124 && end - a > 1) {
    if (PIPE_SEPARATOR.test(text.slice(start, end))) return SKIP;
    return { cells: splitOn(text, start, end, 124, lineNo, true), loc: lineLoc, kind: "row" };
  }
  if (text.charCodeAt(start) === 35 /* # */) {
    let h = start;
    while (h < end && h - start < 7 && text.charCodeAt(h) === 35) h++;
    const level = h - start;
    let from = h;
    while (from < end && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9)) from++;
    if (level <= 6 && from > h) {
      const cells = splitOn(text, from, end, 9, lineNo, false, start);
      return { cells, loc: lineLoc, kind: "text", heading: level };
    }
  }
  // tabs win; otherwise runs of ≥ 2 spaces between non-blanks (/\S {2,}\S/) mean layout columns
  if (scan.tab < start) scan.tab = nextOf(text, "\t", start);
  const tab = scan.tab < end;
  let spaces = false;
  if (!tab) {
    if (scan.spaces < start) scan.spaces = nextOf(text, "  ", start);
    while (scan.spaces < end) {
      const p = scan.spaces;
      let j = p + 2;
      while (j < end && text.charCodeAt(j) === 32) j++;
      if (p > start && !isJsWhitespace(text.charCodeAt(p - 1)) && j < end && !isJsWhitespace(text.charCodeAt(j))) {
        spaces = true;
        break;
      }
      scan.spaces = nextOf(text, "  ", j);
    }
  }
  if (tab) return { cells: splitOn(text, start, end, 9, lineNo, false, start), loc: lineLoc, kind: "text" };
  if (spaces) return { cells: splitSpaces(text, start, end, lineNo), loc: lineLoc, kind: "text" };
  // A line without surrounding white space is its own token: same span, so the same location object.
  const cell = a === start && z === end ? { text: text.slice(start, end), loc: lineLoc } : token(text, start, end, lineNo, start);
  return { cells: [cell], loc: lineLoc, kind: "text" };
}

/** A token trimmed of surrounding whitespace (empty tokens keep their position). */
function token(text: string, from: number, to: number, lineNo: number, lineStart: number): Token {
  let a = from;
  let b = to;
  while (a < b && isWs(text.charCodeAt(a))) a++;
  while (b > a && isWs(text.charCodeAt(b - 1))) b--;
  return { text: text.slice(a, b), loc: loc(a, b - a, lineNo, lineStart) };
}

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0x3000 || c === 0xa0;
}

function splitOn(
  text: string,
  from: number,
  to: number,
  sep: number,
  lineNo: number,
  pipes: boolean,
  lineStart: number = from,
): Token[] {
  const cells: Token[] = [];
  let a = from;
  let last = to;
  if (pipes) {
    while (a < to && text.charCodeAt(a) !== 124) a++;
    a++; // after the leading pipe
    while (last > a && text.charCodeAt(last - 1) !== 124) last--;
    last--; // the trailing pipe
  }
  let i = a;
  for (let j = a; j <= last; j++) {
    if (j === last || text.charCodeAt(j) === sep) {
      cells.push(token(text, i, j, lineNo, lineStart));
      i = j + 1;
    }
  }
  return cells;
}

/** pdftotext -layout: columns are separated by two or more spaces. */
function splitSpaces(text: string, from: number, to: number, lineNo: number): Token[] {
  const cells: Token[] = [];
  let i = from;
  while (i < to && isWs(text.charCodeAt(i))) i++;
  let cellStart = i;
  while (i < to) {
    if (isWs(text.charCodeAt(i))) {
      let j = i;
      while (j < to && isWs(text.charCodeAt(j))) j++;
      if (j - i >= 2 || j === to) {
        cells.push(token(text, cellStart, i, lineNo, from));
        cellStart = j;
      }
      i = j;
    } else i++;
  }
  if (cellStart < to) cells.push(token(text, cellStart, to, lineNo, from));
  return cells;
}
