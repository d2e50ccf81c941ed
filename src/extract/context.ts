// Shared state of one report build: the cells, deviations and issues collected by the table readers.
import type { Cell, CellState, LabelDeviation, SourceLocation, StructureIssue } from "../model/report.js";
import type { Item } from "./items.js";
import { itemLoc } from "./items.js";
import { agreed, distinctSorted } from "./split.js";
import type { Stream } from "./stream.js";

export interface Ctx {
  s: Stream;
  cells: Record<string, Cell>;
  deviations: LabelDeviation[];
  issues: StructureIssue[];
  /** Flattened crawler text: digits of adjacent cells run together. */
  flattened: boolean;
}

export function setItem(ctx: Ctx, id: string, it: Item, note?: string): void {
  const state: CellState = it.kind === "number" ? "number" : it.kind === "slash" ? "slash" : "blank";
  const cell: Cell = { id, value: it.kind === "number" ? it.value : null, state, raw: it.raw, loc: itemLoc(ctx.s, it) };
  if (note) cell.note = note;
  ctx.cells[id] = cell;
}

export function setValue(ctx: Ctx, id: string, value: number, raw: string, loc: SourceLocation, note?: string): void {
  const cell: Cell = { id, value, state: "number", raw, loc };
  if (note) cell.note = note;
  ctx.cells[id] = cell;
}

/** A cell the document gives but the reader cannot settle: left empty, with what it could be. */
export function setAmbiguous(
  ctx: Ctx,
  id: string,
  at: { raw?: string; loc?: SourceLocation; candidates?: number[]; note?: string },
): void {
  const cell: Cell = { id, value: null, state: "ambiguous" };
  if (at.raw !== undefined) cell.raw = at.raw;
  if (at.loc) cell.loc = at.loc;
  if (at.candidates) cell.candidates = at.candidates;
  if (at.note) cell.note = at.note;
  ctx.cells[id] = cell;
}

/**
 * Writes the cells of one run of run-together digits from its possible splits: a cell every split
 * agrees on gets that value (unless `settle` is false), the others stay ambiguous with their candidates.
 * Returns the ids left ambiguous, in order.
 */
export function setSplit(
  ctx: Ctx,
  ids: readonly string[],
  solutions: readonly number[][],
  at: { raw: string; loc: SourceLocation; settle: boolean; note?: string; ambiguousNote?: string; value?: (v: number, i: number) => number },
): string[] {
  const open: string[] = [];
  agreed(solutions, ids.length).forEach((v, i) => {
    const id = ids[i] as string;
    if (v !== null && at.settle) setValue(ctx, id, at.value ? at.value(v, i) : v, at.raw, at.loc, at.note);
    else {
      const candidates = distinctSorted(solutions.map((sol) => sol[i] as number));
      setAmbiguous(ctx, id, { raw: at.raw, loc: at.loc, candidates, ...(at.ambiguousNote ? { note: at.ambiguousNote } : {}) });
      open.push(id);
    }
  });
  return open;
}

export function setMissing(ctx: Ctx, id: string, note: string, loc?: SourceLocation, state: CellState = "missing"): void {
  const cell: Cell = { id, value: null, state, note };
  if (loc) cell.loc = loc;
  ctx.cells[id] = cell;
}
