import type { SourceLocation } from "../model/report.js";

type Locator = (offset: number, length?: number) => SourceLocation;

// Many rules locate offsets in the same report text; building the line table once per text keeps
// that O(log n) per call instead of O(n). A few entries suffice (one report is checked at a time).
const cache = new Map<string, Locator>();

/** Builds SourceLocations (1-based line/column) for offsets into one text, by binary search. */
export function makeLocator(text: string): Locator {
  const hit = cache.get(text);
  if (hit) return hit;
  const loc = buildLocator(text);
  if (cache.size >= 4) cache.delete(cache.keys().next().value as string);
  cache.set(text, loc);
  return loc;
}

function buildLocator(text: string): Locator {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset: number, length = 0): SourceLocation => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { offset, length, line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}
