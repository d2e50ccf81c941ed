// Flattened crawler text prints a table row as one digit run ("21710000218"). Every split of the
// run into the row's cells is a candidate; the table's identities (row sums) filter them. Parts may
// not have leading zeros ("07" is not a printed count).

export interface SplitResult {
  // mutable: callers narrow the candidates with further evidence
  /** Accepted splits (each k numbers), at most `limit`. */
  solutions: number[][];
  /** True when the search stopped at the limit (the candidates are incomplete). */
  truncated: boolean;
}

/**
 * Splits the digit runs into exactly k parts (each run gives at least one part), keeping those
 * `accept` allows. `prune(partial)` may reject a prefix early.
 */
export function splitRuns(
  printed: readonly string[],
  k: number,
  accept: (parts: number[]) => boolean,
  prune: (partial: number[]) => boolean = () => true,
  limit = 200_000,
): SplitResult {
  const solutions: number[][] = [];
  // A run printed with a minus sign ("-18538" after "2648" in 本年增/减) gives its first part the sign.
  const negative = printed.map((r) => r.startsWith("-"));
  const runs: string[] = printed.map((r) => r.replace(/^-/, ""));
  const totalChars = runs.reduce((n: number, r) => n + r.length, 0);
  if (runs.length === 0 || runs.length > k || totalChars < k) return { solutions, truncated: false };
  let steps = 0;
  let truncated = false;
  const parts: number[] = [];
  const suffixChars = runs.map((_, i) => runs.slice(i).reduce((n: number, r) => n + r.length, 0));
  const rec = (ri: number, pos: number): void => {
    if (truncated) return;
    if (++steps > limit) {
      truncated = true;
      return;
    }
    const run = runs[ri]!;
    if (pos === run.length) {
      if (ri + 1 === runs.length) {
        if (parts.length === k && accept(parts)) solutions.push([...parts]);
        return;
      }
      rec(ri + 1, 0);
      return;
    }
    const left = k - parts.length; // parts still to make
    const charsLeft = run.length - pos + (suffixChars[ri + 1] ?? 0);
    const runsAfter = runs.length - ri - 1;
    if (left < 1 + runsAfter || charsLeft < left) return;
    const maxLen = run[pos] === "0" ? 1 : run.length - pos;
    for (let len = 1; len <= maxLen; len++) {
      // the remaining characters must still give the remaining parts
      const restChars = charsLeft - len;
      const restParts = left - 1;
      if (restChars < restParts) break;
      if (pos + len === run.length && restParts < runsAfter) continue;
      if (pos + len < run.length && restParts < 1 + runsAfter) continue;
      const v = Number(run.slice(pos, pos + len));
      parts.push(pos === 0 && negative[ri] ? -v : v);
      if (prune(parts)) rec(ri, pos + len);
      parts.pop();
    }
  };
  rec(0, 0);
  return { solutions, truncated };
}

/** The distinct values, ascending: the candidates of a cell that stays ambiguous. */
export function distinctSorted(values: Iterable<number>): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** The value every solution agrees on at each position, or null. */
export function agreed(solutions: readonly number[][], k: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let i = 0; i < k; i++) {
    const v = solutions[0]?.[i];
    out.push(v !== undefined && solutions.every((s) => s[i] === v) ? v : null);
  }
  return out;
}
