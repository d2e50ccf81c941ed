// PDF text items → words → visual lines → paragraphs and tables, by geometry alone.
//
// A table row is anchored on its numbers: a visual line that ends in numbers set apart from its
// label. The numbers of all rows of one table are clustered by their centres into columns, so a
// blank cell stays blank and every number keeps its column. Label text (wrapped labels, group
// labels set vertically, one character per line) is gathered into blocks by x-overlap and short
// vertical gaps, and a block covering several rows becomes a row-spanning cell, as in HTML.
import type { FlowBlock, FlowCell } from "../flow.js";

export interface Word {
  s: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  size: number;
  page: number;
}

export interface VLine {
  words: Word[];
  y: number;
  size: number;
  page: number;
  /** Trailing numbers set apart from the label: the line is a table row. */
  values: Word[];
  labels: Word[];
}

export interface PageText {
  page: number;
  width: number;
  height: number;
  items: { str: string; x: number; y: number; w: number; size: number }[];
}

const NUM = /^[-−]?\d[\d,，]*(\.\d+)?$|^[/／—－-]$/;
const FOOTER = /^([-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(\s*[，,]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|\d{1,3})$/;
const SECTION = /^[一二三四五六][、.．]\s*(总体情况|主动公开政府信息|收到和处理|政府信息公开行政复议|存在的主要问题|其他需要报告)/;

export const isNumberWord = (s: string) => NUM.test(s);

/** Items → words: pieces on one baseline with (almost) no gap are one word; footers dropped. */
export function pageWords(p: PageText): Word[] {
  const raw: Word[] = [];
  for (const it of p.items) {
    if (!it.str.trim()) continue;
    // An item holding several numbers ("3001 53 0") is split at its spaces, positions by share of characters.
    const parts = it.str.split(/(\s+)/);
    const filled = parts.filter((x) => x.trim());
    if (filled.length > 1 && filled.every((x) => NUM.test(x)) && filled.filter((x) => /\d/.test(x)).length > 1) {
      const per = it.w / Math.max(1, it.str.length);
      let at = 0;
      for (const part of parts) {
        if (part.trim()) raw.push({ s: part, x0: it.x + at * per, x1: it.x + (at + part.length) * per, y: it.y, size: it.size, page: p.page });
        at += part.length;
      }
      continue;
    }
    raw.push({ s: it.str.trim(), x0: it.x, x1: it.x + it.w, y: it.y, size: it.size, page: p.page });
  }
  const lines = groupLines(raw);
  const words: Word[] = [];
  for (const l of lines) {
    // A page number alone on its line in the top or bottom margin ("- 4 -", "第 4 页", "4/12").
    const inMargin = l.every((w) => w.y < p.height * 0.09 || w.y > p.height * 0.93);
    if (inMargin && l.length <= 3 && FOOTER.test(l.map((w) => w.s).join("").replace(/\s/g, ""))) continue;
    let cur: Word | null = null;
    for (const w of l) {
      const gap = cur ? w.x0 - cur.x1 : Infinity;
      if (cur && gap <= 0.3 * Math.min(cur.size, w.size) && gap > -cur.size && Math.abs(w.y - cur.y) < 0.35 * w.size) {
        cur.s += w.s;
        cur.x1 = Math.max(cur.x1, w.x1);
      } else {
        if (cur) words.push(cur);
        cur = { ...w };
      }
    }
    if (cur) words.push(cur);
  }
  return words;
}

/** Words → visual lines by baseline (labels printed a little above their numbers stay on the line). */
function groupLines(ws: Word[]): Word[][] {
  const sorted = [...ws].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const out: { y: number; size: number; words: Word[] }[] = [];
  for (const w of sorted) {
    const last = out.at(-1);
    if (last && last.y - w.y <= 0.5 * Math.min(last.size, w.size)) last.words.push(w);
    else out.push({ y: w.y, size: w.size, words: [w] });
  }
  return out.map((l) => l.words.sort((a, b) => a.x0 - b.x0));
}

export function visualLines(words: Word[]): VLine[] {
  return groupLines(words).map((ws) => {
    const size = median(ws.map((w) => w.size));
    let k = ws.length;
    while (k > 0 && NUM.test((ws[k - 1] as Word).s.replace(/\s/g, ""))) k--;
    let values = ws.slice(k);
    const labels = ws.slice(0, k);
    const first = values[0];
    const lastLabel = labels.at(-1);
    // Numbers glued to their text ("共计 95") are prose, not cells.
    if (first && lastLabel && first.x0 - lastLabel.x1 < 1.0 * size) values = [];
    if (values.length === 1 && !lastLabel) values = [];
    // A justified prose line that happens to end in a number is not a one-cell table row.
    if (values.length === 1 && labels.reduce((n, w) => n + w.s.length, 0) > 30) values = [];
    return {
      words: ws,
      // A table row sits on its numbers' baseline (labels may be printed a little higher).
      y: values.length ? median(values.map((w) => w.y)) : Math.max(...ws.map((w) => w.y)),
      size,
      page: (ws[0] as Word).page,
      values,
      labels: values.length ? labels : ws,
    };
  });
}

function median(a: number[]): number {
  const s = [...a].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)] ?? 0;
}

const lineText = (l: VLine) => l.words.map((w) => w.s).join("");

/** Visual lines of the whole document → flow blocks (paragraphs and tables). */
export function linesToFlow(lines: VLine[], pages: PageText[]): FlowBlock[] {
  const blocks: FlowBlock[] = [];
  let i = 0;
  let pending: VLine[] = [];
  const flushText = () => {
    blocks.push(...paragraphs(pending, pages));
    pending = [];
  };
  while (i < lines.length) {
    const l = lines[i] as VLine;
    if (!l.values.length) {
      pending.push(l);
      i++;
      continue;
    }
    // A table region: numeric rows until a section heading or a long run of other lines.
    let end = i;
    let quiet = 0;
    for (let j = i + 1; j < lines.length; j++) {
      const m = lines[j] as VLine;
      if (m.values.length) {
        end = j;
        quiet = 0;
        continue;
      }
      if (SECTION.test(lineText(m)) || ++quiet > 10) break;
    }
    const header = headerLines(pending, l);
    pending = pending.slice(0, pending.length - header.length);
    flushText();
    blocks.push(tableOf(lines.slice(i, end + 1), header));
    i = end + 1;
  }
  flushText();
  return blocks;
}

/** Text lines → paragraphs: a line that runs to the right margin continues into an unindented next line. */
function paragraphs(lines: VLine[], pages: PageText[]): FlowBlock[] {
  const out: FlowBlock[] = [];
  const margins = new Map<number, { left: number; right: number }>();
  for (const l of lines) {
    const m = margins.get(l.page) ?? { left: Infinity, right: -Infinity };
    m.left = Math.min(m.left, (l.words[0] as Word).x0);
    m.right = Math.max(m.right, (l.words.at(-1) as Word).x1);
    margins.set(l.page, m);
  }
  let cur: { text: string; line: VLine; last: VLine } | null = null;
  const push = () => {
    if (!cur) return;
    const w0 = cur.line.words[0] as Word;
    out.push({
      type: "p",
      text: cur.text,
      extra: { page: cur.line.page, box: { x: w0.x0, y: cur.line.y, width: (cur.line.words.at(-1) as Word).x1 - w0.x0, height: cur.line.size } },
    });
    cur = null;
  };
  for (const l of lines) {
    // Words far apart on one line (a header row of a table) keep a visible gap.
    const text = l.words
      .map((w, k) => (k > 0 && w.x0 - (l.words[k - 1] as Word).x1 > 1.5 * l.size ? `  ${w.s}` : w.s))
      .join("");
    if (cur) {
      const prev: VLine = cur.last;
      const m = margins.get(prev.page);
      const pm = margins.get(l.page);
      const full = m && (prev.words.at(-1) as Word).x1 >= m.right - 1.5 * prev.size;
      const flush = pm && (l.words[0] as Word).x0 <= pm.left + 0.5 * l.size;
      if (full && flush && Math.abs(prev.size - l.size) < 0.6 && !SECTION.test(text) && pm.right - pm.left > 200) {
        cur.text += text;
        cur.last = l;
        continue;
      }
      push();
    }
    cur = { text, line: l, last: l };
  }
  push();
  void pages;
  return out;
}

interface LabelBlock {
  words: Word[];
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  page: number;
  size: number;
}

/** The column-header lines just above a table's first row: same page, contiguous, no heading or prose. */
function headerLines(pending: VLine[], first: VLine): VLine[] {
  const out: VLine[] = [];
  let below = first;
  for (let k = pending.length - 1; k >= 0 && out.length < 10; k--) {
    const l = pending[k] as VLine;
    if (l.page !== first.page || SECTION.test(lineText(l)) || l.y - below.y > 4 * Math.max(l.size, below.size)) break;
    if (l.words.some((w) => w.s.length > 40)) break; // a prose line
    out.unshift(l);
    below = l;
  }
  return out;
}

/** Header lines → header rows: words over one value column name it; wider words name a group of columns. */
function headerRows(lines: VLine[], anchors: [number, number][], labelCols: number): FlowCell[][] {
  if (!lines.length || !anchors.length) return [];
  // Column bands: from midway to the previous column to midway to the next.
  const bands = anchors.map(([a, b], j) => {
    const prev = anchors[j - 1];
    const next = anchors[j + 1];
    const left = prev ? (prev[1] + a) / 2 : a - (next ? (next[0] - b) / 2 : 20);
    const right = next ? (b + next[0]) / 2 : b + (prev ? (a - prev[1]) / 2 : 20);
    return [left, right] as [number, number];
  });
  const firstLeft = (bands[0] as [number, number])[0];
  const label: Word[] = [];
  const perCol: Word[][] = anchors.map(() => []);
  for (const w of lines.flatMap((l) => l.words)) {
    const mid = (w.x0 + w.x1) / 2;
    if (mid < firstLeft) label.push(w);
    else {
      const j = bands.findIndex(([a, b]) => mid >= a && mid < b);
      perCol[j >= 0 ? j : perCol.length - 1]?.push(w);
    }
  }
  const join = (ws: Word[]) =>
    [...ws]
      .sort((p, q) => (Math.abs(p.y - q.y) < 0.5 * p.size ? p.x0 - q.x0 : q.y - p.y))
      .map((w) => w.s)
      .join("");
  // In each column the name is the block of lines nearest the data (a wrapped name: lines close
  // together); words higher up, after a gap, are group headings (申请人情况, 法人或其他组织).
  const names: Word[][] = [];
  const above: Word[][] = [];
  perCol.forEach((all, j) => {
    // A word wider than its column spans several: a group heading.
    const [a, b] = bands[j] as [number, number];
    const wide = all.filter((w) => w.x1 - w.x0 > 1.1 * (b - a));
    const ws = all.filter((w) => !wide.includes(w));
    const byY = [...ws].sort((p, q) => p.y - q.y);
    const name: Word[] = [];
    let k = 0;
    while (k < byY.length) {
      const w = byY[k] as Word;
      const prev = name.at(-1);
      if (prev && w.y - prev.y > 2.3 * w.size) break;
      name.push(w);
      k++;
    }
    names.push(name);
    above.push([...wide, ...byY.slice(k)]);
  });
  const lead = (text: string): FlowCell[] => (labelCols ? [{ text, ...(labelCols > 1 ? { colspan: labelCols } : {}) }] : []);
  const rows: FlowCell[][] = [];
  if (above.some((ws) => ws.length)) rows.push([...lead(""), ...above.map((ws) => ({ text: join(ws) }))]);
  rows.push([...lead(join(label)), ...names.map((ws) => ({ text: join(ws) }))]);
  if (!labelCols && label.length) rows.unshift([{ text: join(label), colspan: anchors.length }]);
  return rows;
}

function tableOf(region: VLine[], header: VLine[] = []): FlowBlock {
  // Value columns: the x-extents of all numbers, overlapping extents merged (numbers may be
  // centred, left- or right-aligned in their cells; neighbouring columns never overlap).
  const spans = region.flatMap((l) => l.values.map((w) => [w.x0, w.x1] as [number, number])).sort((a, b) => a[0] - b[0]);
  const anchors: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = anchors.at(-1);
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else anchors.push([a, b]);
  }
  const rows = region.filter((l) => l.values.length);
  // Pitch of single-line rows: the smallest distance between neighbouring rows on a page.
  let pitch = Infinity;
  for (let k = 1; k < rows.length; k++) {
    const a = rows[k - 1] as VLine;
    const b = rows[k] as VLine;
    if (a.page === b.page) pitch = Math.min(pitch, a.y - b.y);
  }
  if (!Number.isFinite(pitch)) pitch = 2 * (rows[0]?.size ?? 10);
  // Each numeric row's band: half a pitch up and down, never past a neighbour's middle.
  const band = (k: number) => {
    const r = rows[k] as VLine;
    const up = rows[k - 1];
    const down = rows[k + 1];
    const h = 0.5 * pitch + 0.3 * r.size;
    const top = up && up.page === r.page ? Math.min(r.y + h, (up.y + r.y) / 2) : r.y + h;
    const bottom = down && down.page === r.page ? Math.max(r.y - h, (down.y + r.y) / 2) : r.y - h;
    return { top, bottom, page: r.page };
  };
  const bands = rows.map((_, k) => band(k));
  // Label words: those left of the values on numeric lines, and every word of the other lines.
  const labelWords = region.flatMap((l) => l.labels);
  const blocks = labelBlocks(labelWords, pitch);
  // Which rows each block covers.
  const cover = blocks.map((b) =>
    bands.flatMap((bd, k) => {
      if (bd.page !== b.page) return [];
      const lo = Math.max(b.bottom + 0.1 * b.size, bd.bottom);
      const hi = Math.min(b.top + 0.7 * b.size, bd.top);
      return hi - lo > 0.25 * b.size ? [k] : [];
    }),
  );
  // Blocks that cover no row are rows of their own (captions, header lines inside the table).
  type Entry = { page: number; y: number; row?: number; loose?: LabelBlock[] };
  const entries: Entry[] = rows.map((r, k) => ({ page: r.page, y: r.y, row: k }));
  const loose = blocks.filter((_, b) => (cover[b] ?? []).length === 0);
  const looseLines = new Map<string, LabelBlock[]>();
  for (const b of loose) {
    const key = `${b.page}:${Math.round(b.top)}`;
    const near = [...looseLines.entries()].find(([, v]) => v[0]?.page === b.page && Math.abs((v[0]?.top ?? 0) - b.top) < 0.5 * b.size);
    if (near) near[1].push(b);
    else looseLines.set(key, [b]);
  }
  for (const v of looseLines.values()) entries.push({ page: v[0]?.page ?? 0, y: v[0]?.top ?? 0, loose: v.sort((a, b) => a.x0 - b.x0) });
  entries.sort((a, b) => a.page - b.page || b.y - a.y);
  const rowIndex = new Map<number, number>(); // numeric row → output row
  entries.forEach((e, k) => {
    if (e.row !== undefined) rowIndex.set(e.row, k);
  });

  // Label columns: the left edges of label blocks that share a row with another block, clustered
  // (a row holding one label, like 一、本年新收…, just spans all label columns).
  const perRow = new Map<number, number>();
  blocks.forEach((_, bi) => {
    for (const k of cover[bi] ?? []) perRow.set(k, (perRow.get(k) ?? 0) + 1);
  });
  const multi = blocks.map((_, bi) => (cover[bi] ?? []).some((k) => (perRow.get(k) ?? 0) > 1));
  const edges = blocks.filter((_, bi) => multi[bi]).map((b) => b.x0).sort((a, b) => a - b);
  const tol = 0.6 * (rows[0]?.size ?? 10);
  const labelEdges: number[] = [];
  for (const x of edges) if (!labelEdges.length || x - (labelEdges.at(-1) as number) > tol) labelEdges.push(x);
  if (!labelEdges.length && blocks.some((_, bi) => (cover[bi] ?? []).length)) labelEdges.push(0);
  const slotOf = (b: LabelBlock, bi: number) => {
    if (!multi[bi]) return 0;
    let s = 0;
    labelEdges.forEach((e, i) => {
      if (b.x0 >= e - tol) s = i;
    });
    return s;
  };
  const labelCols = labelEdges.length;
  const width = labelCols + anchors.length;
  // Per output row: the block starting in each slot, and the slots covered from rows above.
  const origin = entries.map(() => new Map<number, { b: LabelBlock[]; span: number }>());
  const covered = entries.map(() => new Set<number>());
  blocks.forEach((b, bi) => {
    const rs = (cover[bi] ?? []).map((k) => rowIndex.get(k) as number).sort((x, y) => x - y);
    const first = rs[0];
    if (first === undefined) return;
    const last = rs.at(-1) as number;
    const slot = slotOf(b, bi);
    const o = origin[first] as Map<number, { b: LabelBlock[]; span: number }>;
    const prev = o.get(slot);
    if (prev) prev.b.push(b);
    else if (!covered[first]?.has(slot)) o.set(slot, { b: [b], span: last - first + 1 });
    else return;
    for (let k = first + 1; k <= (o.get(slot)?.span ?? 1) + first - 1; k++) covered[k]?.add(slot);
  });
  const out: FlowCell[][] = entries.map((e, k) => {
    if (e.loose) {
      const cells = e.loose.map((b) => blockCell([b]));
      const used = cells.length + (covered[k]?.size ?? 0);
      const lastCell = cells.at(-1);
      if (lastCell && used < width) lastCell.colspan = width - used + 1;
      return cells;
    }
    const r = rows[e.row as number] as VLine;
    const o = origin[k] as Map<number, { b: LabelBlock[]; span: number }>;
    const cov = covered[k] as Set<number>;
    const cells: FlowCell[] = [];
    let slot = 0;
    while (slot < labelCols) {
      if (cov.has(slot)) {
        slot++;
        continue;
      }
      const here = o.get(slot);
      const c: FlowCell = here ? blockCell(here.b) : { text: "" };
      // A single-row label (or an empty slot) stretches over the free slots to its right.
      let span = 1;
      if (!here || here.span === 1) while (slot + span < labelCols && !cov.has(slot + span) && !o.has(slot + span)) span++;
      if (here && here.span > 1) c.rowspan = here.span;
      if (span > 1) c.colspan = span;
      cells.push(c);
      slot += span;
    }
    cells.push(...valueCells(r.values, anchors));
    return cells;
  });
  return { type: "table", rows: [...headerRows(header, anchors, labelCols), ...out] };
}

function blockCell(bs: LabelBlock[]): FlowCell {
  const b0 = bs[0] as LabelBlock;
  const words = bs.flatMap((b) => b.words);
  // Lines of a block top to bottom; words on one line left to right.
  const ws = words.sort((p, q) => (Math.abs(p.y - q.y) < 0.5 * b0.size ? p.x0 - q.x0 : q.y - p.y));
  const x0 = Math.min(...bs.map((b) => b.x0));
  const x1 = Math.max(...bs.map((b) => b.x1));
  const bottom = Math.min(...bs.map((b) => b.bottom));
  const top = Math.max(...bs.map((b) => b.top));
  return {
    text: ws.map((w) => w.s).join(""),
    extra: { page: b0.page, box: { x: x0, y: bottom, width: x1 - x0, height: top - bottom + b0.size } },
  };
}

/** Numbers → one cell per column: each number to its nearest column, in order, never two in one. */
function valueCells(values: Word[], anchors: [number, number][]): FlowCell[] {
  const cell = (w: Word): FlowCell => ({ text: w.s, extra: { page: w.page, box: { x: w.x0, y: w.y, width: w.x1 - w.x0, height: w.size } } });
  // A row with one number in a narrow table is a single-value block spanning the value columns.
  if (values.length === 1 && anchors.length <= 3) {
    const c = cell(values[0] as Word);
    if (anchors.length > 1) c.colspan = anchors.length;
    return [c];
  }
  const n = values.length;
  const m = anchors.length;
  if (n >= m) return values.map(cell);
  // Order-preserving assignment minimising the distance to the column centres (small DP).
  const cost = (i: number, j: number) => {
    const w = values[i] as Word;
    const [a, b] = anchors[j] as [number, number];
    return Math.max(0, a - w.x1, w.x0 - b);
  };
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  (dp[0] as number[]).fill(0);
  for (let i = 1; i <= n; i++)
    for (let j = i; j <= m; j++) {
      const row = dp[i] as number[];
      row[j] = Math.min(row[j - 1] as number, ((dp[i - 1] as number[])[j - 1] as number) + cost(i - 1, j - 1));
    }
  const at = new Array<number>(n);
  let j = m;
  for (let i = n; i >= 1; i--) {
    while (j > i && (dp[i] as number[])[j] === (dp[i] as number[])[j - 1]) j--;
    at[i - 1] = j - 1;
    j--;
  }
  const cells: FlowCell[] = anchors.map(() => ({ text: "" }));
  at.forEach((col, i) => {
    cells[col] = cell(values[i] as Word);
  });
  return cells;
}

/** Label words → blocks: words overlapping in x whose lines are closer than a row pitch. */
function labelBlocks(words: Word[], pitch: number): LabelBlock[] {
  const blocks: LabelBlock[] = [];
  const sorted = [...words].sort((a, b) => a.page - b.page || b.y - a.y || a.x0 - b.x0);
  for (const w of sorted) {
    const b = blocks.find(
      (x) =>
        x.page === w.page &&
        w.x0 < x.x1 &&
        w.x1 > x.x0 &&
        (Math.abs(x.bottom - w.y) < 0.5 * w.size || (x.bottom - w.y > 0 && x.bottom - w.y < 0.85 * pitch)),
    );
    if (b) {
      b.words.push(w);
      b.x0 = Math.min(b.x0, w.x0);
      b.x1 = Math.max(b.x1, w.x1);
      b.bottom = Math.min(b.bottom, w.y);
      b.top = Math.max(b.top, w.y);
    } else blocks.push({ words: [w], x0: w.x0, x1: w.x1, top: w.y, bottom: w.y, page: w.page, size: w.size });
  }
  return blocks;
}
