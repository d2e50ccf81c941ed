// Table B (收到和处理政府信息公开申请情况): each row label found in order (tolerantly), its values are
// the numbers after it up to the next label. Columns come from the count of printed values, never
// from tab positions (spec §4.9).
import { APPLICATION_IDS, APPLICATION_ROW_IDS, APPLICATION_ROWS } from "../model/cells.js";
import { type Anchor, findAll, findInOrder } from "./anchors.js";
import { type Ctx, setAmbiguous, setItem, setMissing, setSplit } from "./context.js";
import { type Item, fitItems, itemLoc, readItems } from "./items.js";
import { APPLICANT_HEADER, APPLICATION_GROUP_SPECS, APPLICATION_ROW_INDEX, APPLICATION_ROW_SPECS } from "./labels.js";
import type { Line } from "../read/blocks.js";
import { readRawOrder } from "./raworder.js";
import { splitRuns } from "./split.js";
import { spanOf, srcOfNorm } from "./stream.js";

export interface ApplicationsResult {
  found: boolean;
  start: number; // norm index of the table (first row label)
  end: number; // norm index after the last row's values
  columns: string[];
}

/** The cells a single （六） row leaves without a row. */
const SINGLE_OTHER_GAP = new Set(APPLICATION_IDS.filter((id) => /^applications\.other\.(no_correction|no_fee)\./.test(id)));
const OUTCOME_FROM = APPLICATION_ROWS.findIndex((r) => r.key === "granted");
/** Column index of 其他 (the applicant columns, then 总计). */
const OTHER_COL = 5;
/** The catalogue's id strings of a row, in column order (never built on the spot: see APPLICATION_ROW_IDS in model/cells.ts). */
const rowIds = (key: string): readonly string[] => APPLICATION_ROW_IDS.get(key)!;

export function readApplications(ctx: Ctx, from: number, to: number, format: "2019" | "2021" | "unknown"): ApplicationsResult {
  const { s } = ctx;
  const norm = s.norm;
  const anchors = findInOrder(norm, APPLICATION_ROW_SPECS, from, to);
  const firstIdx = anchors.findIndex((a) => a !== null);
  if (firstIdx === -1) return { found: false, start: from, end: from, columns: [] };
  const first = anchors[firstIdx]!;

  // Header: between the table start and the first row label.
  const headerFrom = Math.max(from, lastIndexBefore(norm, ["本列数据", "申请人情况"], from, first.start));
  const header = norm.slice(headerFrom, first.start);
  const present = new Set<string>();
  for (const h of APPLICANT_HEADER) {
    if (h.key === "other") {
      const all = findAll(header, "其他", 0, header.length).length;
      const inGroup = findAll(header, "或其他", 0, header.length).length;
      if (all > inGroup) present.add("other");
    } else if (header.includes(h.label)) present.add(h.key);
  }
  const readable = ["natural", "commercial", "research", "social", "legal", "total"].every((k) => present.has(k));
  const lacksOther = readable && !present.has("other");
  const columns = APPLICANT_HEADER.filter((h) => present.has(h.key)).map((h) => h.key);

  // Stops: every row label found, every group label printed in the table, and the table end.
  const tableEnd = to;
  const groups: Anchor[] = [];
  // one slice of the table for the five group labels (an absent one must not scan the rest)
  const table = norm.slice(first.start, tableEnd);
  for (const g of APPLICATION_GROUP_SPECS) {
    const p = g.pattern;
    for (let r = table.indexOf(p); r !== -1; r = table.indexOf(p, r + p.length)) {
      const i = first.start + r;
      groups.push({ spec: g, start: i, end: i + p.length, distance: 0 });
    }
  }
  const stops: number[] = [];
  for (const a of anchors) if (a !== null) stops.push(a.start);
  for (const g of groups) stops.push(g.start);
  stops.push(tableEnd);
  stops.sort((a, b) => a - b);
  const nextStop = (pos: number): number => stops.find((x) => x >= pos) ?? tableEnd;
  const itemsAfter = (a: Anchor): Item[] =>
    readItems(s, s.normMap[a.valuesFrom ?? a.end]!, s.normMap[nextStop(a.end)]!, false, ctx.flattened);

  let end = first.end;
  let fullOutcomeRow = false;
  // by row index (an array: a Map keyed by the row keys cost more than the rows it holds)
  const rowItems: (Item[] | undefined)[] = new Array<Item[] | undefined>(APPLICATION_ROWS.length);
  APPLICATION_ROWS.forEach((row, ri) => {
    const a = anchors[ri];
    if (!a) return;
    const items = itemsAfter(a);
    rowItems[ri] = items;
    if (items.length > 0) end = Math.max(end, normOfRaw(ctx, items[items.length - 1]!.end));
    if (a.distance > 0 && !layoutOnly(norm.slice(a.start, a.end), a.spec.pattern)) {
      const span = spanOf(s, a.start, a.end);
      ctx.deviations.push({
        kind: "row",
        seen: span.text.replace(/\s+/g, ""),
        standard: row.label,
        cells: rowIds(row.key).slice(),
        severity: "warning",
        loc: span.loc,
      });
    }
  });

  // Rows whose labels were lost or displaced (pdf2md): a row's region holding several complete
  // lines of 7 values, with exactly that many unlabelled rows following it, is read by position.
  const positional: boolean[] = new Array<boolean>(APPLICATION_ROWS.length).fill(false);
  APPLICATION_ROWS.forEach((_, ri) => {
    const items = rowItems[ri];
    if (!items || fitItems(items, 7) || positional[ri]) return;
    const groups = byLine(ctx, items).filter((g) => g.some((x) => x.kind !== "blank"));
    if (groups.length < 2 || !groups.every((g) => fitItems(g, 7))) return;
    const next = APPLICATION_ROWS.slice(ri + 1, ri + groups.length);
    if (next.length !== groups.length - 1 || next.some((_, k) => anchors[ri + 1 + k] || rowItems[ri + 1 + k] !== undefined)) return;
    rowItems[ri] = groups[0]!;
    next.forEach((_, k) => {
      rowItems[ri + 1 + k] = groups[k + 1]!;
      positional[ri + 1 + k] = true;
    });
  });

  // （六）其他处理 printed as one row (2019 trial format, or a 2021 report using its layout).
  const singleOther =
    !anchors[rowIndex("other.no_correction")] && !anchors[rowIndex("other.no_fee")] && !anchors[rowIndex("other.other")];
  // …under its printed group label, whose values that row takes
  const g6 = singleOther ? groups.find((g) => g.spec.key === "group.other") : undefined;
  if (g6) {
    const items = itemsAfter(g6);
    if (items.length > 0) rowItems[rowIndex("other.other")] = items;
    const ids = [...rowIds("other.no_correction"), ...rowIds("other.no_fee")];
    for (const id of ids) setMissing(ctx, id, "（六）其他处理只印一行，没有分项");
    if (format !== "2019")
      ctx.issues.push({
        kind: "missing-cell",
        table: "applications",
        cells: ids,
        detail: "（六）其他处理只印了一行（2019 年试行格式的排法），缺少 2021 年格式的分项 1.逾期不补正、2.逾期未缴费；其数值记入“3.其他”",
        loc: spanOf(s, g6.start, g6.end).loc,
      });
  }

  const ambiguous = new Map<string, number[][]>();
  /** Rows read whole: their items are not floating values (a set is built only if pairFloating runs). */
  const fitted: Item[][] = [];
  const failed: string[] = [];
  for (let ri = 0; ri < APPLICATION_ROWS.length; ri++) {
    const row = APPLICATION_ROWS[ri]!;
    const items = rowItems[ri];
    if (!items) {
      if (g6 && row.key !== "other.other" && row.key.startsWith("other.")) continue;
      const ids = rowIds(row.key).slice();
      ctx.issues.push({ kind: "missing-row", table: "applications", cells: ids, detail: `找不到“${row.label}”行` });
      continue;
    }
    let use = items;
    const anchor = anchors[ri] ?? null;
    if (!fitItems(items, 7) && anchor && !ctx.flattened) {
      // values on the label's own line win over values further down (pdf2md puts the next row's
      // numbers before that row's displaced label)
      const line = ctx.s.lineOf(srcOfNorm(ctx.s, Math.max(anchor.start, anchor.end - 1)));
      const own = byLine(ctx, items).find((g) => lineOf(ctx, g[0]!) === line);
      if (own && fitItems(own, 7)) use = own;
    }
    const full = assignRow(ctx, row.key, use, lacksOther, anchor, ambiguous);
    if (fitItems(use, 7) || (lacksOther && fitItems(use, 6))) fitted.push(use);
    else if (anchor && !positional[ri]) failed.push(row.key);
    if (positional[ri])
      for (const id of rowIds(row.key)) {
        const cell = ctx.cells[id];
        if (cell) cell.note = "行标签缺失或错位，按行序对应";
      }
    if (full && ri >= OUTCOME_FROM) fullOutcomeRow = true;
  }

  if (ambiguous.size > 0) resolveByColumns(ctx, ambiguous);
  if (failed.length > 0 && !ctx.flattened) {
    // a flag per raw index (one zeroed array) instead of a Set insert per item of every fitted row
    const consumed = new Uint8Array(ctx.s.raw.length + 1);
    for (const use of fitted) for (let i = 0; i < use.length; i++) consumed[use[i]!.start] = 1;
    pairFloating(ctx, failed, consumed, first.start, end);
  }

  // Rows still unread with their labels displaced (pdftotext reading order): read by row order.
  if (!ctx.flattened && !lacksOther) {
    const single = g6 !== undefined;
    // the catalogue's own id strings: a lookup by a freshly built id costs a hash each time
    const unread = APPLICATION_IDS.some((id) => ctx.cells[id]!.value === null && !(single && SINGLE_OTHER_GAP.has(id)));
    const valuesFrom = unread ? headerEnd(norm, from, to) : -1;
    const rowKeys = () => APPLICATION_ROWS.map((r) => r.key).filter((k) => !single || (k !== "other.no_correction" && k !== "other.no_fee"));
    if (valuesFrom !== -1 && readRawOrder(ctx, valuesFrom, to, rowKeys())) end = Math.max(end, to);
  }

  if (lacksOther && !fullOutcomeRow) {
    const ids = APPLICATION_ROWS.slice(OUTCOME_FROM).map((r) => rowIds(r.key)[OTHER_COL]!);
    ctx.issues.push({
      kind: "missing-column",
      table: "applications",
      cells: ids,
      column: "其他",
      detail: "申请人“其他”列在表头和第三、四部分各行中都没有印出（前两行仍有该列）",
    });
  }
  return { found: true, start: first.start, end, columns };
}

/** Where the values may start: after the header's 总计 (申请人情况 … 总计), or -1. */
function headerEnd(norm: string, from: number, to: number): number {
  const h = lastIndexBefore(norm, ["本列数据", "申请人情况"], from, to);
  const i = norm.indexOf("总计", h);
  return h === from || i === -1 || i - h > 300 || i >= to ? -1 : i + 2;
}

function rowIndex(key: string): number {
  return APPLICATION_ROW_INDEX.get(key) ?? -1;
}

function lastIndexBefore(norm: string, words: readonly string[], from: number, to: number): number {
  let best = -1;
  // searched in the region's own slice: lastIndexOf is a plain backward scan, and an absent word
  // would otherwise run back over everything before the table
  const region = norm.slice(from, to);
  for (const w of words) {
    const end = to - w.length; // the last start at which w still ends by `to`
    if (end < from) continue;
    const r = region.lastIndexOf(w, end - from);
    if (r !== -1 && (best === -1 || from + r < best)) best = from + r;
  }
  return best === -1 ? from : best;
}

function normOfRaw(ctx: Ctx, rawIdx: number): number {
  // binary search normMap for the first norm index whose raw index ≥ rawIdx
  const m = ctx.s.normMap;
  let lo = 0;
  let hi = m.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m[mid]! < rawIdx) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Column indexes of a row printed without 其他: natural … legal, total. */
const SIX = [0, 1, 2, 3, 4, 6] as const;

/** Assigns one row's items to its cells; true when all seven columns were printed. */
function assignRow(
  ctx: Ctx,
  rowKey: string,
  items: Item[],
  lacksOther: boolean,
  anchor: Anchor | null,
  ambiguous: Map<string, number[][]>,
): boolean {
  const ids = rowIds(rowKey);
  const fit7 = fitItems(items, 7);
  if (fit7) {
    fit7.forEach((it, i) => setItem(ctx, ids[i]!, it));
    return true;
  }
  if (lacksOther) {
    const fit6 = fitItems(items, 6);
    if (fit6) {
      fit6.forEach((it, i) => setItem(ctx, ids[SIX[i]!]!, it));
      setMissing(ctx, ids[OTHER_COL]!, "表头没有“其他”列，本行也未印出");
      return false;
    }
  }
  const printed = items.filter((x) => x.kind !== "blank");
  const loc = anchor ? spanOf(ctx.s, anchor.start, anchor.end).loc : undefined;
  if (ctx.flattened && printed.length > 0 && printed.length < 7 && printed.every((x) => x.intRun)) {
    const res = splitRuns(
      printed.map((x) => x.raw),
      7,
      (p) => p[0]! + p[1]! + p[2]! + p[3]! + p[4]! + p[5]! === p[6]!,
    );
    const note = "连写数字按“各列之和等于总计”拆分";
    const firstLoc = itemLoc(ctx.s, printed[0]!);
    const raw = printed.map((x) => x.raw).join(" ");
    if (res.solutions.length >= 1 && !res.truncated) {
      const open = setSplit(ctx, ids, res.solutions, { raw, loc: firstLoc, settle: true, note, ambiguousNote: note });
      if (open.length > 0) ambiguous.set(rowKey, res.solutions);
      if (open.length > 0)
        ctx.issues.push({
          kind: "ambiguous-cell",
          table: "applications",
          cells: open,
          detail: `连写数字“${raw}”有 ${res.solutions.length} 种拆分方式，无法确定`,
          loc: firstLoc,
          printed: printed.map((x) => x.value ?? 0),
        });
      return false;
    }
    for (const id of ids) setAmbiguous(ctx, id, { raw, loc: firstLoc, note: "连写数字无法拆分" });
    ctx.issues.push({
      kind: "ambiguous-cell",
      table: "applications",
      cells: ids.slice(),
      detail: `连写数字“${raw}”没有满足行合计的拆分方式`,
      loc: firstLoc,
      printed: printed.map((x) => x.value ?? 0),
    });
    return false;
  }
  if (printed.length > 7) {
    for (const id of ids) setMissing(ctx, id, "本行数字多于列数，无法确定所属列", loc);
    ctx.issues.push({
      kind: "extra-numbers",
      table: "applications",
      cells: ids.slice(),
      detail: `本行印有 ${printed.length} 个数，多于 7 列`,
      ...(loc ? { loc } : {}),
      printed: printed.map((x) => x.value ?? 0),
    });
    return false;
  }
  // Short row (spec §4.9.3): the first value is 自然人, the last is 总计; the middle is missing.
  const middle = ids.slice(1, 6);
  if (printed.length >= 2) {
    setItem(ctx, ids[0]!, printed[0]!);
    setItem(ctx, ids[6]!, printed[printed.length - 1]!);
    for (const id of middle) setMissing(ctx, id, "行内数字少于列数，无法确定所属列", loc);
  } else for (const id of ids) setMissing(ctx, id, printed.length === 1 ? "行内只有一个数，无法确定所属列" : "行内没有数字", loc);
  ctx.issues.push({
    kind: "short-row",
    table: "applications",
    cells: printed.length >= 2 ? middle : ids.slice(),
    detail: `本行只印了 ${printed.length} 个数（应为 ${lacksOther ? 6 : 7} 个），缺少的列无法确定`,
    ...(loc ? { loc } : {}),
    printed: printed.map((x) => x.value ?? 0),
  });
  return false;
}

/** Items grouped by the source line they are printed on. */
function byLine(ctx: Ctx, items: readonly Item[]): Item[][] {
  const groups: Item[][] = [];
  let last = -1;
  for (const it of items) {
    const line = ctx.s.lineOf(ctx.s.rawMap[it.start]!);
    if (line !== last) groups.push([]);
    groups[groups.length - 1]!.push(it);
    last = line;
  }
  return groups;
}

/**
 * Flattened rows with several possible splits: choose the combination for which the table's column
 * identities (一+二 = （七）+四, and the outcome rows add up to （七）) hold wherever they can be
 * checked. Only a single surviving combination is taken.
 */
function resolveByColumns(ctx: Ctx, ambiguous: Map<string, number[][]>): void {
  const keys = [...ambiguous.keys()];
  const sols = keys.map((k) => ambiguous.get(k)!);
  const combos = sols.reduce((n, s) => n * s.length, 1);
  if (combos > 4096) return;
  const value = (row: string, c: number, pick: number[]): number | null => {
    const ai = keys.indexOf(row);
    if (ai !== -1) return sols[ai]![pick[ai]!]![c]!;
    return ctx.cells[rowIds(row)[c]!]?.value ?? null;
  };
  const outcomes = APPLICATION_ROWS.filter((r) => r.outcome).map((r) => r.key);
  const holds = (pick: number[]): boolean => {
    for (let c = 0; c < 7; c++) {
      const v = (r: string) => value(r, c, pick);
      const [n, co, t, cf] = [v("new"), v("carried_over"), v("total"), v("carried_forward")];
      if (n !== null && co !== null && t !== null && cf !== null && n + co !== t + cf) return false;
      const parts = outcomes.map(v);
      if (t !== null && parts.every((x) => x !== null) && parts.reduce((a, b) => a! + b!, 0) !== t) return false;
    }
    return true;
  };
  const good: number[][] = [];
  const pick = new Array<number>(keys.length).fill(0);
  for (let i = 0; i < combos; i++) {
    let x = i;
    for (let k = 0; k < keys.length; k++) {
      pick[k] = x % sols[k]!.length;
      x = Math.floor(x / sols[k]!.length);
    }
    if (holds(pick)) good.push([...pick]);
  }
  if (good.length !== 1) return;
  const chosen = good[0]!;
  keys.forEach((row, k) => {
    const sol = sols[k]![chosen[k]!]!;
    const ids = rowIds(row);
    ids.forEach((id, c) => {
      const cell = ctx.cells[id]!;
      if (cell.value === null) {
        ctx.cells[id] = { id, value: sol[c]!, state: "number", ...(cell.raw ? { raw: cell.raw } : {}), ...(cell.loc ? { loc: cell.loc } : {}), note: "连写数字按本表纵横勾稽关系拆分" };
      }
    });
    const done = new Set(ids);
    ctx.issues = ctx.issues.filter((is) => !(is.kind === "ambiguous-cell" && is.cells.every((c) => done.has(c))));
  });
}

/** Characters of the group labels that pdftotext interleaves with wrapped row labels. */
const INTERLEAVED = new Set(Array.from("三、本年度办理结果（）()一二四五六不予公开无法提供处理其他"));

/**
 * A tolerant match explained by layout alone (values or a group label printed inside a wrapped
 * label, "、" for "，") is not a label deviation: the label itself is printed as the standard.
 */
function layoutOnly(seenNorm: string, pattern: string): boolean {
  const unify = (x: string) => x.replace(/、/g, ",");
  const seen = unify(seenNorm.replace(/^(\d\.|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、)/, "").replace(/[\d.\uE000]/g, ""));
  const pat = unify(pattern);
  if (seen === pat) return true;
  // the pattern must appear in order inside the seen text, every extra character coming from a group label
  let j = 0;
  for (const ch of seen) {
    if (j < pat.length && ch === pat[j]) j++;
    else if (!INTERLEAVED.has(ch)) return false;
  }
  return j === pat.length;
}

function lineOf(ctx: Ctx, it: Item): number {
  return ctx.s.lineOf(ctx.s.rawMap[it.start]!);
}

/**
 * pdf2md tables lose the link between some labels and their values: the label floats on its own
 * line and its values come as an unlabelled table row, before or after it. When the rows left
 * without values and the unlabelled complete value rows are equal in number, they are paired in
 * order; otherwise nothing is guessed.
 */
function pairFloating(ctx: Ctx, failed: readonly string[], consumed: Uint8Array, from: number, to: number): void {
  const { s } = ctx;
  // Only a table row (Markdown, HTML, .docx, PDF grid) can be an unlabelled value row: a plain-text
  // document has none, and would read every item of the table for nothing.
  if (!s.doc.lines.some((l) => l.kind === "row")) return;
  const all = readItems(s, s.normMap[from]!, s.normMap[Math.min(to, s.norm.length)]!, false, false).filter((it) => consumed[it.start] !== 1);
  const groups = byLine(ctx, all);
  // only the lines the groups start on are looked up (the last line of a number wins, as a Map of
  // every line would have it), not a Map of every line of the document per call
  const linesByNo = new Map<number, Line | undefined>();
  for (const g of groups) linesByNo.set(lineOf(ctx, g[0]!), undefined);
  for (const l of s.doc.lines) if (linesByNo.has(l.loc.line)) linesByNo.set(l.loc.line, l);
  const valueLines = groups.filter((g) => {
    const line = linesByNo.get(lineOf(ctx, g[0]!));
    // an unlabelled table row: every printed cell is a value
    return line?.kind === "row" && line.cells.every((c) => c.text === "" || /^[-—–/／无\d.]+$/.test(c.text)) && fitItems(g, 7) !== null;
  });
  if (valueLines.length !== failed.length) return;
  failed.forEach((rowKey, k) => {
    const fit = fitItems(valueLines[k]!, 7)!;
    const ids = rowIds(rowKey);
    fit.forEach((it, i) => setItem(ctx, ids[i]!, it, "行标签与数字分离，按出现顺序对应"));
    const done = new Set(ids);
    ctx.issues = ctx.issues.filter((is) => !(is.table === "applications" && is.cells.length > 0 && is.cells.every((c) => done.has(c))));
  });
}
