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
  // Typed columns: this runs over whole table regions, so keep it allocation-free per character.
  const pat = new Int32Array(m);
  for (let i = 0; i < m; i++) pat[i] = pattern.charCodeAt(i);
  let col = new Int32Array(m + 1);
  let colStart = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  let nextStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    col[i] = i;
    colStart[i] = from;
  }
  let best: FuzzyMatch | null = null;
  for (let j = from; j < to; j++) {
    next[0] = 0;
    nextStart[0] = j + 1;
    colStart[0] = j;
    const cj = text.charCodeAt(j);
    const delCost = free !== undefined && free(cj) ? 0 : 1;
    for (let i = 1; i <= m; i++) {
      let v = col[i - 1]! + (pat[i - 1] === cj ? 0 : 1);
      let st = colStart[i - 1]!;
      const del = col[i]! + delCost; // text char extra
      if (del < v) {
        v = del;
        st = colStart[i]!;
      }
      const ins = next[i - 1]! + 1; // pattern char missing
      if (ins < v) {
        v = ins;
        st = nextStart[i - 1]!;
      }
      next[i] = v;
      nextStart[i] = st;
    }
    const d = next[m]!;
    if (d <= maxDist && (best === null || d < best.distance)) best = { start: nextStart[m]!, end: j + 1, distance: d };
    const t1 = col;
    col = next;
    next = t1;
    const t2 = colStart;
    colStart = nextStart;
    nextStart = t2;
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
