import type { SourceLocation } from "../model/report.js";

type Locator = (offset: number, length?: number) => SourceLocation;
type LineOf = (offset: number) => number;

// Many rules locate offsets in the same report text; building the line table once per text keeps
// that O(log n) per call instead of O(n). A few entries suffice (one report is checked at a time).
const cache = new Map<string, { locate: Locator; lineOf: LineOf }>();

/** Builds SourceLocations (1-based line/column) for offsets into one text, by binary search. */
export function makeLocator(text: string): Locator {
  return entry(text).locate;
}

/** The 1-based line of an offset alone: no location object when only the line is wanted. */
export function makeLineLocator(text: string): LineOf {
  return entry(text).lineOf;
}

function entry(text: string): { locate: Locator; lineOf: LineOf } {
  const hit = cache.get(text);
  if (hit) return hit;
  const e = buildLocator(text);
  if (cache.size >= 4) cache.delete(cache.keys().next().value as string);
  cache.set(text, e);
  return e;
}

function buildLocator(text: string): { locate: Locator; lineOf: LineOf } {
  const starts = [0];
  for (let i = nextNewline(text, 0); i !== -1; i = nextNewline(text, i + 1)) starts.push(i + 1);
  /** 0-based index of the line holding offset. */
  const index = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    locate: (offset: number, length = 0): SourceLocation => {
      const lo = index(offset);
      return { offset, length, line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
    },
    lineOf: (offset: number): number => index(offset) + 1,
  };
}

/** Characters nextNewline reads itself before handing over to indexOf. */
const NEAR = 48;

/**
 * text.indexOf("\n", from), faster on short lines: an indexOf call costs ~30 ns before it reads a
 * character, most of the time of a per-line loop over a one-cell-per-line table (seed 003: 654 lines
 * of ~6 characters), so the first NEAR characters are scanned here.
 */
export function nextNewline(text: string, from: number): number {
  const n = text.length;
  const near = Math.min(n, from + NEAR);
  let i = from;
  while (i < near && text.charCodeAt(i) !== 10) i++;
  if (i < near) return i;
  return near < n ? text.indexOf("\n", near) : -1;
}
