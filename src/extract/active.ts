// Table A (主动公开政府信息情况): the rows are independent, so each item label is looked up on its own
// within the table; its values are the numbers up to the next label or table word.
import { ACTIVE2019_IDS, ACTIVE2019_ITEMS, ACTIVE_IDS, ACTIVE_ITEMS } from "../model/cells.js";
import { fuzzyFind, tolerance } from "../normalize/fuzzy.js";
import { normalizeLabel } from "../normalize/text.js";
import { type Ctx, setItem, setMissing, setSplit } from "./context.js";
import { type Item, fitItems, itemLoc, readItems } from "./items.js";
import { splitRuns } from "./split.js";
import { spanOf } from "./stream.js";

interface ItemSpec {
  key: string;
  label: string;
  /** Other printed forms, with whether finding them is a deviation. */
  alt?: string;
  ids: string[];
}

/** The catalogue's own id string (hashed once), never one built on the spot. */
const catalogued = (ids: readonly string[], id: string): string => {
  const own = ids.find((x) => x === id);
  if (own === undefined) throw new Error(`cell catalogue has no ${id}`);
  return own;
};

const SPECS_2021: readonly ItemSpec[] = ACTIVE_ITEMS.map((i) => ({
  key: i.key,
  label: i.label,
  ...(i.key === "normative_documents" ? { alt: "规范性文件" } : {}),
  ids: i.columns.map((c) => catalogued(ACTIVE_IDS, `active.${i.key}.${c.key}`)),
}));
const SPECS_2019: readonly ItemSpec[] = ACTIVE2019_ITEMS.map((i) => ({
  key: i.key,
  label: i.label,
  ids: i.columns.map((c) => catalogued(ACTIVE2019_IDS, `active2019.${i.key}.${c.key}`)),
}));
// Longer labels first, so 行政规范性文件 is not also read as 规范性文件.
const byLength = (specs: readonly ItemSpec[]) => [...specs].sort((a, b) => b.label.length - a.label.length);
const ORDER_2021 = byLength(SPECS_2021);
const ORDER_2019 = byLength(SPECS_2019);

/** Words of the table's structure: a value never runs past them. */
const TABLE_WORDS = ["第二十条", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额", "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "处理决定数量", "采购项目数量", "采购总金额", "表二", "表一"].map(normalizeLabel);

const COLUMN_KEYS: readonly [string, string][] = Object.entries({ 本年制发件数: "制发", 本年废止件数: "废止", 现行有效件数: "现行有效" });

export function readActive(ctx: Ctx, from: number, to: number, format: "2019" | "2021" | "unknown"): { found: boolean; start: number } {
  const { s } = ctx;
  const norm = s.norm;
  const specs = format === "2019" ? SPECS_2019 : SPECS_2021;
  type Found = { spec: ItemSpec; start: number; end: number; alt: boolean };
  const found: Found[] = [];
  const taken: [number, number][] = [];
  // one slice of the table region for every search below (an absent word must not scan the rest)
  const region = norm.slice(from, to);
  for (const sp of format === "2019" ? ORDER_2019 : ORDER_2021) {
    let i = firstFree(region, from, sp.label, taken);
    let alt = false;
    if (i === -1 && sp.alt) {
      i = firstFree(region, from, sp.alt, taken);
      alt = i !== -1;
    }
    if (i === -1) continue;
    const len = alt ? sp.alt!.length : sp.label.length;
    found.push({ spec: sp, start: i, end: i + len, alt });
    taken.push([i, i + len]);
  }
  if (found.length === 0) return { found: false, start: from };
  const stops = found.map((f) => f.start);
  for (const w of TABLE_WORDS) for (let i = region.indexOf(w); i !== -1; i = region.indexOf(w, i + w.length)) stops.push(from + i);
  stops.push(to);
  stops.sort((a, b) => a - b);

  const printedIn = new Map<string, Item[]>();
  for (const f of found) {
    const stop = stops.find((x) => x >= f.end) ?? to;
    const items = readItems(s, s.normMap[f.end]!, s.normMap[stop]!, format === "2019", ctx.flattened);
    printedIn.set(f.spec.key, items);
    assign(ctx, f.spec, items, spanOf(s, f.start, f.end).loc);
    if (f.alt && format !== "2019") {
      const span = spanOf(s, f.start, f.end);
      ctx.deviations.push({ kind: "row", seen: span.text, standard: f.spec.label, cells: f.spec.ids, severity: "warning", loc: span.loc });
    }
  }
  for (const sp of specs)
    if (!found.some((f) => f.spec === sp))
      ctx.issues.push({ kind: "missing-row", table: "active", cells: sp.ids, detail: `找不到“${sp.label}”行` });

  if (format !== "2019") {
    for (const b of SINGLE_CELL_BLOCKS) readSingleCellBlock(ctx, b, from, to);
    if (!ctx.flattened) restoreLifted(ctx, printedIn, from, to);
    checkColumnHeader(ctx, from, found.find((f) => f.spec.key === "regulations")?.start ?? to);
  }
  return { found: true, start: Math.min(...found.map((f) => f.start)) };
}

/** Blocks of one row and one column (（五）行政许可, （八）行政事业性收费): their caption and cell. */
const SINGLE_CELL_BLOCKS: readonly { caption: string; id: string; label: string }[] = ACTIVE_ITEMS.filter(
  (i) => i.columns.length === 1 && ACTIVE_ITEMS.filter((j) => j.block === i.block).length === 1,
).map((i) => ({ caption: normalizeLabel(i.block), id: catalogued(ACTIVE_IDS, `active.${i.key}.${i.columns[0]!.key}`), label: i.label }));

/**
 * pdftotext reading order can print a one-cell block's value before its row label (right after the
 * column header). The block holds one cell, so its one number, between its caption and the next
 * caption, is that cell's value wherever it stands; more or fewer numbers leave it unread.
 */
function readSingleCellBlock(ctx: Ctx, b: (typeof SINGLE_CELL_BLOCKS)[number], from: number, to: number): void {
  const cell = ctx.cells[b.id];
  if (!cell || cell.value !== null || cell.state !== "missing") return;
  const norm = ctx.s.norm;
  const at = norm.indexOf(b.caption, from);
  if (at === -1 || at >= to) return;
  const next = norm.indexOf(ARTICLE_20, at + b.caption.length);
  const end = next === -1 || next > to ? to : next;
  const items = readItems(ctx.s, ctx.s.normMap[at + b.caption.length]!, ctx.s.normMap[end]!, false, ctx.flattened);
  if (items.length !== 1 || items[0]!.kind !== "number") return;
  setItem(ctx, b.id, items[0]!, "本栏只有一个单元格，数字印在行标签之前（阅读顺序排版）");
  ctx.issues = ctx.issues.filter((is) => !(is.table === "active" && is.cells.length === 1 && is.cells[0] === b.id));
}

const ARTICLE_20 = normalizeLabel("第二十条");
const BLOCK_ONE = normalizeLabel("第二十条第（一）项");
const BLOCK_ONE_ROWS = SPECS_2021.filter((sp) => sp.ids.length === 3);

/** The column a cell's own note names (“含自然失效 29 件” is a 废止 count). */
const NOTE_COLUMN: readonly [RegExp, number][] = [
  [/废止|失效|撤销/, 1],
  [/现行有效/, 2],
  [/制发|印发|出台|制定/, 0],
];

/**
 * pdf2md can lift the cells of 第二十条第（一）项 that carry a note ("22（其中修订16件）") out of the
 * table, to just under the caption, leaving each row one value short. The lifted values are put
 * back in the fixed row order (规章, then 行政规范性文件), into the column their notes name; every
 * note that names a column must name the same one (one column lifted from the table). Unnamed, or
 * contradicted by the prose's own count, they stay unread.
 */
function restoreLifted(ctx: Ctx, printedIn: ReadonlyMap<string, Item[]>, from: number, to: number): void {
  const short = BLOCK_ONE_ROWS.filter((sp) => {
    const items = printedIn.get(sp.key);
    return items && sp.ids.every((id) => ctx.cells[id]?.value === null) && items.filter((x) => x.kind === "number").length === 2 && items.every((x) => x.kind === "number");
  });
  if (short.length === 0) return;
  const { s } = ctx;
  const at = s.norm.indexOf(BLOCK_ONE, from);
  if (at === -1 || at >= to) return;
  const next = s.norm.indexOf(ARTICLE_20, at + BLOCK_ONE.length);
  const region = s.raw.slice(s.normMap[at + BLOCK_ONE.length]!, s.normMap[next === -1 || next > to ? to : next]!);
  // the region must be nothing but values, each with an optional parenthesised note
  const lifted: { value: string; note: string; offset: number }[] = [];
  const re = /\s*(\d+)\s*(?:[（(]([^（()）]{0,40})[)）])?/y;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(region)) !== null) {
    lifted.push({ value: m[1]!, note: m[2] ?? "", offset: m.index + m[0].indexOf(m[1]!) });
    end = re.lastIndex;
  }
  if (region.slice(end).trim() !== "" || lifted.length !== short.length) return;
  const named = lifted.map((l) => NOTE_COLUMN.find(([w]) => w.test(l.note))?.[1]);
  const cols = new Set(named.filter((c) => c !== undefined));
  if (cols.size !== 1) return;
  const col = [...cols][0]!;
  const rows = short.map((sp, i) => {
    const printed = printedIn.get(sp.key)!;
    const values = printed.map((x) => x.value!);
    values.splice(col, 0, Number(lifted[i]!.value));
    return { sp, printed, values };
  });
  for (const r of rows)
    for (const [c, n] of narrativeCounts(s.doc.text, r.sp.key)) if (r.values[c] !== n) return;
  const base = s.normMap[at + BLOCK_ONE.length]!;
  rows.forEach((r, i) => {
    let k = 0;
    r.sp.ids.forEach((id, c) => {
      if (c !== col) setItem(ctx, id, r.printed[k++]!);
      else {
        const l = lifted[i]!;
        const start = base + l.offset;
        const it: Item = { kind: "number", value: Number(l.value), raw: l.value, start, end: start + l.value.length, intRun: true };
        setItem(ctx, id, it, `转换时移出表格的单元格（附注“${l.note || "无"}”），按行序与附注所指的列放回`);
      }
    });
    const ids = new Set(r.sp.ids);
    ctx.issues = ctx.issues.filter((is) => !(is.table === "active" && is.cells.length > 0 && is.cells.every((c) => ids.has(c))));
  });
}

/** The first occurrence of label in the region (at norm offset `from`) not overlapping a taken span. */
function firstFree(region: string, from: number, label: string, taken: readonly [number, number][]): number {
  for (let r = region.indexOf(label); r !== -1; r = region.indexOf(label, r + label.length)) {
    const i = from + r;
    if (!taken.some(([a, b]) => i < b && i + label.length > a)) return i;
  }
  return -1;
}

function assign(ctx: Ctx, sp: ItemSpec, items: Item[], loc: import("../model/report.js").SourceLocation): void {
  const k = sp.ids.length;
  const fit = fitItems(items, k);
  if (fit) {
    fit.forEach((it, i) => setItem(ctx, sp.ids[i]!, it));
    return;
  }
  const printed = items.filter((x) => x.kind !== "blank");
  if (ctx.flattened && printed.length > 0 && printed.length < k && printed.every((x) => x.intRun || /^-\d+$/.test(x.raw) || (x === printed[printed.length - 1] && x.value !== null && x.value >= 0))) {
    // The last value may carry decimals (an amount); only integer runs can be split.
    const runs = printed.map((x) => x.raw);
    // only 本年增/减 may be negative
    const canBeNegative = sp.ids.map((id) => id.endsWith(".change"));
    const res = splitRuns(
      runs.map((r) => r.replace(/\..*$/, "")),
      k,
      (parts) => parts.every((v, i) => v >= 0 || canBeNegative[i]),
    );
    const decimals = /\.\d+$/.exec(runs[runs.length - 1]!)?.[0] ?? "";
    // The narrative may state the counts ("本年度制发的规范性文件88件"): a statement that keeps at
    // least one split narrows the candidates (the gold reads these tables the same way).
    for (const [col, n] of narrativeCounts(ctx.s.doc.text, sp.key)) {
      const kept = res.solutions.filter((sol) => sol[col] === n);
      if (kept.length > 0) res.solutions = kept;
    }
    const firstLoc = itemLoc(ctx.s, printed[0]!);
    const raw = runs.join(" ");
    const open = setSplit(ctx, sp.ids, res.solutions, {
      raw,
      loc: firstLoc,
      settle: !res.truncated && res.solutions.length > 0,
      note: "连写数字只有一种拆分方式",
      ambiguousNote: "连写数字有多种拆分方式",
      // The amount's decimals were set aside for the split; they belong to the last cell.
      value: (v, i) => (i === k - 1 && decimals ? Number(`${v}${decimals}`) : v),
    });
    if (open.length > 0)
      ctx.issues.push({
        kind: "ambiguous-cell",
        table: "active",
        cells: open,
        detail: `“${sp.label}”行的连写数字“${raw}”有 ${res.solutions.length} 种拆分方式，无法确定`,
        loc: firstLoc,
        printed: printed.map((x) => x.value ?? 0),
      });
    return;
  }
  for (const id of sp.ids) setMissing(ctx, id, printed.length === 0 ? "行内没有数字" : "行内数字个数与列数不符", loc);
  ctx.issues.push({
    kind: printed.length > k ? "extra-numbers" : "short-row",
    table: "active",
    cells: sp.ids,
    detail: `“${sp.label}”行印有 ${printed.length} 个数，应为 ${k} 个`,
    loc,
    printed: printed.map((x) => x.value ?? 0),
  });
}

/** 第二十条第（一）项 column header: report labels that differ from the standard (000: 本年度止件数). */
function checkColumnHeader(ctx: Ctx, from: number, to: number): void {
  const norm = ctx.s.norm;
  // The header nearest before the 规章 row: in PDF text the caption 第二十条第（一）项 can come
  // after 信息内容, so the header may start a little before the caption the table was found at.
  // searched backwards in a slice from 40 before the table: an absent header must not scan back
  // over the whole text before it
  const lo = Math.max(0, from - 40);
  if (to < lo) return;
  const r = norm.slice(lo, to + 4).lastIndexOf("信息内容", to - lo);
  if (r === -1) return;
  const hdr = lo + r;
  const a = hdr + 4;
  const header = norm.slice(a, to);
  for (const [label, key] of COLUMN_KEYS) {
    if (header.includes(label)) continue;
    const m = fuzzyFind(norm, label, tolerance(label.length), a, Math.min(to, a + 400));
    if (!m || m.distance === 0) continue;
    const sp = spanOf(ctx.s, m.start, m.end);
    const col = label === "本年制发件数" ? "issued" : label === "本年废止件数" ? "repealed" : "in_force";
    const seen = sp.text.replace(/\s+/g, "");
    ctx.deviations.push({
      kind: "column",
      seen,
      standard: label,
      cells: [`active.regulations.${col}`, `active.normative_documents.${col}`],
      // The label no longer names its column when its key word is gone (本年度止件数 has no 废止).
      severity: normalizeLabel(seen).includes(key) ? "warning" : "error",
      loc: sp.loc,
    });
  }
}

const NARRATIVE: readonly [number, RegExp][] = [
  [0, /(?:制发|印发|出台|制定)(?:的|了)?(?:行政)?规范性文件\s*(\d+)\s*件/],
  [1, /废止(?:的|了)?(?:行政)?规范性文件\s*(\d+)\s*件/],
  [2, /现行有效(?:的)?(?:行政)?规范性文件(?:共计)?\s*(\d+)\s*件/],
];

/** Counts of 行政规范性文件 stated in the prose, by column index. */
function narrativeCounts(text: string, key: string): [number, number][] {
  if (key !== "normative_documents") return [];
  const out: [number, number][] = [];
  for (const [col, re] of NARRATIVE) {
    const m = re.exec(text);
    if (m) out.push([col, Number(m[1])]);
  }
  return out;
}
