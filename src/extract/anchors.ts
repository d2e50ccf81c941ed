// Finding labels in the normalised stream: exact in order first, then tolerant (edit distance) in
// the gaps between the labels already found. Item numbering ("2." / "(三)" / "一、") before a
// label is taken into the label, so its digits are never read as the previous row's values.
import { fuzzyFind, tolerance } from "../normalize/fuzzy.js";
import { normalizeLabel } from "../normalize/text.js";

export interface LabelSpec {
  key: string;
  /** The standard label as printed in the format (for deviations). */
  standard: string;
  /** Normalised text searched for (the label without its numbering, unless `exactOnly`). */
  pattern: string;
  /** Numbering printed before the label ("2." → "2."; "(一)"; "一、"), normalised. */
  prefix?: string;
  /** Short labels ("3.其他", "(七)总计") are searched with their numbering and never tolerantly. */
  exactOnly?: boolean;
}

export interface Anchor {
  spec: LabelSpec;
  /** Norm span of the label including its numbering. */
  start: number;
  end: number;
  distance: number;
  /** Where the row's values start: the label's end, or earlier when values are printed inside a wrapped label. */
  valuesFrom?: number;
}

const MAX_GAP = 3000;

/** Digits and blank-cell marks inside a label are values printed between its wrapped lines. */
const FREE = (c: number): boolean => (c >= 48 && c <= 57) || c === 46 || c === 0xe000;

export function spec(key: string, standard: string, opts: { exactOnly?: boolean } = {}): LabelSpec {
  const n = normalizeLabel(standard);
  const m = /^(\d+\.|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、)/.exec(n);
  if (opts.exactOnly || !m) return { key, standard, pattern: n, exactOnly: opts.exactOnly ?? false };
  return { key, standard, pattern: n.slice(m[0].length), prefix: m[0] };
}

/** Finds the specs in order within norm[from, to). Missing labels are null. */
export function findInOrder(norm: string, specs: readonly LabelSpec[], from: number, to: number): (Anchor | null)[] {
  const out: (Anchor | null)[] = new Array(specs.length).fill(null);
  let pos = from;
  let found = false;
  // searched in the region's own slice: a label the table lacks must not scan the rest of the text
  // (the first match in the region is the first in the text that ends by `to`)
  const base = Math.max(0, from);
  const region = base === 0 && to >= norm.length ? norm : norm.slice(base, to);
  specs.forEach((sp, i) => {
    const r = region.indexOf(sp.pattern, pos - base);
    const idx = r === -1 ? -1 : base + r;
    // consecutive rows sit close together: a far match is prose, not the next row
    if (idx !== -1 && idx + sp.pattern.length <= to && (!found || idx - pos <= MAX_GAP)) {
      found = true;
      out[i] = { spec: sp, start: idx, end: idx + sp.pattern.length, distance: 0 };
      pos = idx + sp.pattern.length;
    }
  });
  // Tolerant pass in the gaps.
  for (let i = 0; i < specs.length; i++) {
    if (out[i]) continue;
    const sp = specs[i]!;
    const tol = sp.exactOnly ? 0 : tolerance(sp.pattern.length);
    if (tol === 0) continue;
    let a = from;
    for (let k = i - 1; k >= 0; k--) if (out[k]) { a = out[k]!.end; break; }
    let b = to;
    for (let k = i + 1; k < specs.length; k++) if (out[k]) { b = out[k]!.start; break; }
    // a label sits near its neighbours: bound the search so large or garbled inputs stay fast
    const m = fuzzyFind(norm, sp.pattern, tol, a, Math.min(b, a + MAX_GAP), FREE);
    if (m) {
      const anchor: Anchor = { spec: sp, start: m.start, end: m.end, distance: m.distance };
      for (let k = m.start; k < m.end; k++)
        if (FREE(norm.charCodeAt(k))) {
          anchor.valuesFrom = k;
          break;
        }
      out[i] = anchor;
    }
  }
  for (const a of out) if (a) extendPrefix(norm, a);
  return out;
}

/** All exact occurrences of a pattern in norm[from, to). */
export function findAll(norm: string, pattern: string, from: number, to: number): number[] {
  // search a slice, so an absent word does not scan the rest of the document
  const region = from === 0 && to >= norm.length ? norm : norm.slice(from, to);
  const out: number[] = [];
  let i = region.indexOf(pattern);
  while (i !== -1) {
    out.push(from + i);
    i = region.indexOf(pattern, i + pattern.length);
  }
  return out;
}

/** Takes the label's numbering into the anchor when it is printed just before it. */
export function extendPrefix(norm: string, a: Anchor): void {
  const p = a.spec.prefix;
  if (!p) return;
  if (norm.startsWith(p, a.start - p.length)) {
    a.start -= p.length;
    return;
  }
  // numbering printed differently ("1)" or "（1）") or lost: take a bare digit + dot if present.
  const m = /(\d\.|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、)$/.exec(norm.slice(Math.max(0, a.start - 5), a.start));
  if (m) a.start -= m[0].length;
}
