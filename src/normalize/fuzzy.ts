// Tolerant label matching: Levenshtein distance and approximate substring search (Sellers'
// algorithm), for labels with typos ("本年度止件数" for "本年废止件数").

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
}

export interface FuzzyMatch {
  start: number;
  end: number; // exclusive
  distance: number;
}

/**
 * Best approximate occurrence of `pattern` in `text[from, to)` with at most `maxDist` edits;
 * the leftmost among the best. Null when none is close enough.
 */
export function fuzzyFind(
  text: string,
  pattern: string,
  maxDist: number,
  from = 0,
  to = text.length,
  /** Text characters that may be skipped for free (numbers printed inside a wrapped label). */
  free?: (code: number) => boolean,
): FuzzyMatch | null {
  const m = pattern.length;
  if (m === 0 || to <= from) return null;
  // col[i] = edit distance of pattern[0..i) against the best suffix of text ending here; start[i] tracks where it began.
  let col = new Array<number>(m + 1);
  let colStart = new Array<number>(m + 1);
  let next = new Array<number>(m + 1);
  let nextStart = new Array<number>(m + 1);
  for (let i = 0; i <= m; i++) {
    col[i] = i;
    colStart[i] = from;
  }
  let best: FuzzyMatch | null = null;
  for (let j = from; j < to; j++) {
    next[0] = 0;
    nextStart[0] = j + 1;
    const cj = text.charCodeAt(j);
    for (let i = 1; i <= m; i++) {
      const sub = (col[i - 1] as number) + (pattern.charCodeAt(i - 1) === cj ? 0 : 1);
      const del = (col[i] as number) + (free?.(cj) ? 0 : 1); // text char extra
      const ins = (next[i - 1] as number) + 1; // pattern char missing
      let v = sub;
      let s = i - 1 === 0 ? j : (colStart[i - 1] as number);
      if (del < v) {
        v = del;
        s = colStart[i] as number;
      }
      if (ins < v) {
        v = ins;
        s = nextStart[i - 1] as number;
      }
      next[i] = v;
      nextStart[i] = s;
    }
    const d = next[m] as number;
    if (d <= maxDist && (best === null || d < best.distance)) best = { start: nextStart[m] as number, end: j + 1, distance: d };
    [col, next] = [next, col];
    [colStart, nextStart] = [nextStart, colStart];
  }
  if (best) {
    // Trim: a match should not start or end with an extra character the pattern does not have.
    while (best.start < best.end && pattern.indexOf(text[best.start] as string) === -1) best.start++;
  }
  return best;
}

/** Edits tolerated for a label of this length (short labels must match exactly). */
export function tolerance(len: number): number {
  if (len <= 3) return 0;
  if (len <= 6) return 1;
  return Math.floor(len / 4);
}
