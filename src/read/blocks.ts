import type { SourceKind, SourceLocation } from "../model/report.js";

/**
 * The block model every reader produces and the report builder consumes: the document as a
 * sequence of lines, each a list of cells with their source locations. A text line with tabs is
 * one line of several cells; a table row of HTML, .docx or PDF is one line of its cells (merged
 * cells expanded into the grid, the copies marked `merged`); a paragraph is one line of one cell.
 */
export interface Token {
  text: string;
  loc: SourceLocation;
  /** A copy of a merged cell's text placed into the grid (rowspan/colspan/vMerge). */
  merged?: boolean;
}

export interface Line {
  cells: Token[];
  loc: SourceLocation;
  /** "row" when the line is a row of a real table (HTML, .docx, PDF grid, Markdown pipe table). */
  kind: "text" | "row";
  /** Index of the source table (HTML/.docx/Markdown/PDF), when kind is "row". */
  table?: number;
  /** Markdown heading level or HTML h1–h6, when the line is a heading. */
  heading?: number;
}

export interface Document {
  name: string;
  kind: SourceKind;
  encoding: string;
  /** The text all locations refer to. */
  text: string;
  lines: Line[];
  sha256: string;
  pages?: number;
  /** Reader notes for the reviewer (e.g. "第 3 页没有文字层"). */
  warnings: string[];
  /**
   * Metadata the publisher put outside the visible text: HTML <meta name> (PubDate, ArticleTitle…)
   * and <title>, .docx custom properties. Not the generator's file dates (those say when a file was
   * converted, not when the report was published). Never part of `text`.
   */
  meta?: Record<string, string>;
  /**
   * Set by readers whose every token text is exactly text.slice(loc.offset, loc.offset + text.length)
   * (the text reader): the report builder may then copy a token's characters from the text itself.
   */
  verbatim?: boolean;
}
