// Table B in reading order (pdftotext default mode): every value on its own line and the row labels
// displaced, so the labels cannot say which numbers are whose. What still holds is the table itself:
// its rows come in the fixed order of the national format, each with seven values, and pdftotext
// emits a run of rows either row by row or, for rows that share merged group cells, column by
// column. Every way of cutting the number sequence into such blocks is a candidate reading, as long
// as a row label printed right before a value starts a block holding that row. The readings under
// which the rows add up (自然人…其他 = 总计), then the columns (一+二 = （七）+四, Σ outcomes =
// （七）), are kept; a cell is taken only where all of them agree. Nothing is guessed when the count
// of numbers is not exactly rows × 7, or when every reading breaks two or more columns.
import { APPLICATION_ROW_IDS, APPLICATION_ROWS } from "../model/cells.js";
import type { StructureIssue } from "../model/report.js";
import { type Ctx, setAmbiguous, setItem } from "./context.js";
import { distinctSorted } from "./split.js";
import { findAll } from "./anchors.js";
import { type Item, readItems } from "./items.js";
import { APPLICATION_ROW_SPECS } from "./labels.js";

const COLS = 7;
/** Rows allowed to miss their sum in the chosen reading (a report's own arithmetic slips). */
const MAX_FAILED_ROWS = 1;
const OUTCOME = new Set(APPLICATION_ROWS.filter((r) => r.outcome).map((r) => r.key));
/** Distinct readings followed at most (zero-heavy tables have few; beyond this, nothing is read). */
const MAX_READINGS = 512;
const NOTE = "数字与行标签分离（阅读顺序排版），按本表固定行序与各行“分项之和等于总计”对应";
/** Issues the positional reading settles when it reads every cell they name. */
const SETTLED = new Set<StructureIssue["kind"]>(["short-row", "missing-row", "extra-numbers", "ambiguous-cell"]);

/**
 * Reads the rows `rowKeys` (in format order) from the values in norm[from, to). Returns false and
 * changes nothing when the region is not in this layout, the count does not fit, no reading makes
 * the rows add up, or the reading contradicts a value already read next to its label.
 */
export function readRawOrder(ctx: Ctx, from: number, to: number, rowKeys: readonly string[]): boolean {
  const { s } = ctx;
  const items = readItems(s, s.normMap[from]!, s.normMap[to]!, false, false);
  const rows = rowKeys.length;
  if (items.length !== rows * COLS || !items.every((it) => it.kind === "number" && it.intRun && aloneOnLine(ctx, it))) return false;
  const n = items.map((it) => it.value!);

  // cost[i][k]: rows of the block of k rows starting at row i that do not add up (k = 1: one row;
  // k ≥ 2: the block printed column by column).
  const value = (i: number, k: number, r: number, c: number): number => (k === 1 ? n[i * COLS + c]! : n[i * COLS + c * k + r]!);
  const cost = (i: number, k: number): number => {
    let bad = 0;
    for (let r = 0; r < k; r++) {
      let sum = 0;
      for (let c = 0; c < COLS - 1; c++) sum += value(i, k, r, c);
      if (sum !== value(i, k, r, COLS - 1)) bad++;
    }
    return bad;
  };
  // A row label printed right before a value marks where a block starts, and that block holds the
  // label's row: a block that disagrees is not the printed order.
  const marks = labelMarks(ctx, from, to, rowKeys, items);
  const fits = (i: number, k: number): boolean =>
    marks.every((m) => m.at < i * COLS || m.at >= (i + k) * COLS || (m.at === i * COLS && m.row >= i && m.row < i + k));
  const costs: number[][] = [];
  for (let i = 0; i < rows; i++) {
    costs.push([]);
    for (let k = 1; i + k <= rows; k++) costs[i]![k] = fits(i, k) ? cost(i, k) : Infinity;
  }
  const fwd = new Array<number>(rows + 1).fill(Infinity);
  fwd[0] = 0;
  for (let i = 0; i < rows; i++) for (let k = 1; i + k <= rows; k++) fwd[i + k] = Math.min(fwd[i + k]!, fwd[i]! + costs[i]![k]!);
  const back = new Array<number>(rows + 1).fill(Infinity);
  back[rows] = 0;
  for (let i = rows - 1; i >= 0; i--) for (let k = 1; i + k <= rows; k++) back[i] = Math.min(back[i]!, costs[i]![k]! + back[i + k]!);
  const best = fwd[rows]!;
  if (best > MAX_FAILED_ROWS) return false;

  // The distinct best readings (as positions into the sequence), built row block by row block.
  const readings = bestReadings(n, rows, costs, back, best);
  if (readings.length === 0) return false;
  // The column identities (一+二 = （七）+四; the outcome rows add up to （七）) choose among them.
  // A misread moves values between columns, so it breaks at least two columns; a report's own slip
  // in one cell breaks one. Readings breaking the fewest columns are kept, and never more than one.
  const outcome = rowKeys.map((k) => OUTCOME.has(k));
  const broken = readings.map((p) => brokenColumns(rowKeys, outcome, (cell) => n[p[cell]!]!));
  const fewest = Math.min(...broken);
  if (fewest > 1) return false;
  const use = readings.filter((_, i) => broken[i] === fewest);
  // the catalogue's own id strings (an id built on the spot is hashed on every lookup)
  const ids = rowKeys.flatMap((row) => APPLICATION_ROW_IDS.get(row)!);
  const chosen = new Map<string, Item>();
  const open: string[] = [];
  const candidates = ids.map((_, cell) => distinctSorted(use.map((p) => n[p[cell]!]!)));
  // a value printed next to its own label outranks the positional reading: one it does not allow
  // means the sequence is not what the readings assume
  for (const [cell, id] of ids.entries()) {
    const had = ctx.cells[id]?.value;
    if (had !== null && had !== undefined && !candidates[cell]!.includes(had)) return false;
  }
  ids.forEach((id, cell) => {
    if (candidates[cell]!.length === 1) chosen.set(id, items[use[0]![cell]!]!);
    else if (ctx.cells[id]?.value === null) open.push(id);
  });

  for (const [id, it] of chosen) setItem(ctx, id, it, NOTE);
  const done = new Set(chosen.keys());
  ctx.issues = ctx.issues.filter((is) => !(is.table === "applications" && SETTLED.has(is.kind) && is.cells.length > 0 && is.cells.every((c) => done.has(c))));
  if (open.length > 0) {
    for (const id of open) setAmbiguous(ctx, id, { candidates: candidates[ids.indexOf(id)]!, note: NOTE });
    ctx.issues.push({
      kind: "ambiguous-cell",
      table: "applications",
      cells: open,
      detail: `数字与行标签分离（阅读顺序排版），按行序与行内之和有多种对应方式，${open.length} 个单元格无法确定`,
    });
  }
  return true;
}

/** Row labels printed directly before a value: the row, and the value's index in the sequence. */
function labelMarks(ctx: Ctx, from: number, to: number, rowKeys: readonly string[], items: readonly Item[]): { row: number; at: number }[] {
  const { s } = ctx;
  const out: { row: number; at: number }[] = [];
  rowKeys.forEach((key, row) => {
    const spec = APPLICATION_ROW_SPECS.find((x) => x.key === key)!;
    for (const i of findAll(s.norm, spec.pattern, from, to)) {
      const rawEnd = s.normMap[i + spec.pattern.length]!;
      const at = items.findIndex((it) => it.start >= rawEnd);
      if (at !== -1 && s.raw.slice(rawEnd, items[at]!.start).trim() === "") out.push({ row, at });
    }
  });
  return out;
}

/** The number is the whole of its source line (one cell per line, as pdftotext prints a table). */
function aloneOnLine(ctx: Ctx, it: Item): boolean {
  const text = ctx.s.doc.text;
  const off = ctx.s.rawMap[it.start]!;
  const a = text.lastIndexOf("\n", off - 1) + 1;
  let b = text.indexOf("\n", off);
  if (b === -1) b = text.length;
  return text.slice(a, b).trim() === it.raw;
}

/**
 * All distinct readings of least cost: for each, the sequence position of every cell (row-major
 * cell index). A block of k ≥ 2 rows is read column by column. Readings giving the same values are
 * one reading. Empty when there are too many to follow.
 */
function bestReadings(n: readonly number[], rows: number, costs: readonly number[][], back: readonly number[], best: number): number[][] {
  type State = { pos: number[]; cost: number };
  const layers: Map<string, State>[] = [];
  for (let i = 0; i <= rows; i++) layers.push(new Map());
  layers[0]!.set("", { pos: [], cost: 0 });
  for (let i = 0; i < rows; i++) {
    for (const [key, st] of layers[i]!) {
      for (let k = 1; i + k <= rows; k++) {
        const c = st.cost + costs[i]![k]!;
        if (c + back[i + k]! !== best) continue;
        const pos = [...st.pos];
        for (let r = 0; r < k; r++) for (let col = 0; col < COLS; col++) pos.push(k === 1 ? i * COLS + col : i * COLS + col * k + r);
        let next = key;
        for (let q = st.pos.length; q < pos.length; q++) next += `${n[pos[q]!]},`;
        const layer = layers[i + k]!;
        // same values with a different cost: keep the cheaper (only equal-cost ones reach the end)
        if (!layer.has(next)) layer.set(next, { pos, cost: c });
        if (layer.size > MAX_READINGS) return [];
      }
    }
    layers[i]!.clear();
  }
  return [...layers[rows]!.values()].map((s) => s.pos);
}

/** Columns where 一+二 = （七）+四 or Σ outcome rows = （七） fails. */
function brokenColumns(rowKeys: readonly string[], outcome: readonly boolean[], v: (cell: number) => number): number {
  const at = (key: string): number => rowKeys.indexOf(key);
  const [nw, co, tot, cf] = [at("new"), at("carried_over"), at("total"), at("carried_forward")];
  let broken = 0;
  for (let c = 0; c < COLS; c++) {
    const cell = (r: number) => v(r * COLS + c);
    let sum = 0;
    outcome.forEach((o, r) => {
      if (o) sum += cell(r);
    });
    if (cell(nw) + cell(co) !== cell(tot) + cell(cf) || sum !== cell(tot)) broken++;
  }
  return broken;
}
