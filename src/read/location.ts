import type { SourceLocation } from "../model/report.js";

/** Builds SourceLocations (1-based line/column) for offsets into one text, by binary search. */
export function makeLocator(text: string): (offset: number, length?: number) => SourceLocation {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
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
