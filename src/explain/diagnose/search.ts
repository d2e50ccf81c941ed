// Candidate causes of the failing arithmetic, found by trying small changes on a copy of the cell
// values and re-running every identity (./equations.ts). A candidate is kept only when it clears
// at least one failing identity and breaks none that held.
import { APPLICANT_KEYS, APPLICATION_COLUMN_KEYS, APPLICATION_ROWS, type ApplicationColumn, REVIEW_BLOCKS, applicationCellId } from "../../model/cells.js";
import type { Report } from "../../model/report.js";
import { EQUATIONS, type Evaluation, type Values, failing, round } from "./equations.js";
import type { Cause, CauseKind, Change, Confidence } from "./types.js";

export interface SearchContext {
  report: Report;
  values: Values;
  failing: Evaluation[];
  failingKeys: Set<string>;
  previous?: Report | undefined;
}

export function valuesOf(report: Pick<Report, "cells">): Record<string, number | null> {
  const v: Record<string, number | null> = {};
  for (const [id, cell] of Object.entries(report.cells)) v[id] = cell.state === "number" ? cell.value : (cell.value ?? null);
  return v;
}

export function makeContext(report: Report, previous?: Report): SearchContext {
  const values = valuesOf(report);
  const f = failing(values);
  return { report, values, failing: f, failingKeys: new Set(f.map((e) => e.equation.key)), previous };
}

export interface Trial {
  clears: string[];
  breaks: string[];
}

/** Re-runs the arithmetic on a copy with the changes applied. */
export function trial(ctx: SearchContext, changes: Change[]): Trial {
  const copy: Record<string, number | null> = { ...ctx.values };
  for (const c of changes) copy[c.cell] = c.to;
  const touched = new Set(changes.map((c) => c.cell));
  const eqs = EQUATIONS.filter((e) => e.terms.some((t) => touched.has(t.cell)));
  const after = new Set(failing(copy, eqs).map((e) => e.equation.key));
  const clears = eqs.filter((e) => ctx.failingKeys.has(e.key) && !after.has(e.key)).map((e) => e.key);
  const breaks = [...after].filter((k) => !ctx.failingKeys.has(k));
  return { clears, breaks };
}

function cause(
  kind: CauseKind,
  changes: Change[],
  t: Trial,
  confidence: Confidence,
  score: number,
  data: Cause["data"] = {},
): Cause {
  return { kind, confidence, score, changes, clears: t.clears, clearsFindings: [], data };
}

const isCount = (v: number) => Number.isInteger(v) && v >= 0;

/** The cells of each printed row, left to right (applicant columns then 总计; review blocks). */
function printedRows(): string[][] {
  const rows = APPLICATION_ROWS.map((r) => APPLICATION_COLUMN_KEYS.map((c) => applicationCellId(r.key, c)));
  rows.push(REVIEW_BLOCKS.flatMap((b) => ["upheld", "corrected", "other", "pending", "total"].map((k) => `${b.key}.${k}`)));
  return rows;
}
const PRINTED_ROWS = printedRows();

/** B6: the cell, and the value, that satisfy every failing identity it takes part in. */
export function singleCell(ctx: SearchContext): Cause[] {
  const deltas = new Map<string, number[]>();
  for (const ev of ctx.failing)
    for (const t of ev.equation.terms) {
      const list = deltas.get(t.cell) ?? [];
      list.push(round(-ev.residual * t.sign));
      deltas.set(t.cell, list);
    }
  const out: Cause[] = [];
  for (const [cell, ds] of deltas) {
    const from = ctx.values[cell];
    if (from === null || from === undefined) continue;
    for (const d of new Set(ds)) {
      const to = round(from + d);
      if (to < 0 || (Number.isInteger(from) && !Number.isInteger(to))) continue;
      const change = { cell, from, to };
      const t = trial(ctx, [change]);
      if (t.clears.length === 0 || t.breaks.length > 0) continue;
      // Crossing a failing row and a failing column is the B6 signature; one identity alone is weak.
      const conf: Confidence = t.clears.length >= 2 ? "high" : "low";
      out.push(cause("single-cell", [change], t, conf, t.clears.length >= 2 ? 0.8 : 0.3, { delta: d }));
    }
  }
  return out;
}

/**
 * A column dropped from some rows (its cells missing): the value each failing row lacks is put in
 * the missing cell, 0 elsewhere; kept when that balances the rows and the column.
 */
export function missingColumn(ctx: SearchContext): Cause[] {
  const out: Cause[] = [];
  for (const col of APPLICANT_KEYS) {
    const rows = APPLICATION_ROWS.filter((r) => ctx.values[applicationCellId(r.key, col)] == null);
    if (rows.length === 0) continue;
    const changes: Change[] = [];
    const explained: string[] = [];
    let ok = true;
    for (const r of rows) {
      const ev = ctx.failing.find((e) => e.equation.key === `B3:${r.key}`);
      const to = ev ? -ev.residual : 0;
      if (!isCount(to)) ok = false;
      if (ev) explained.push(r.key);
      changes.push({ cell: applicationCellId(r.key, col), from: null, to });
    }
    if (!ok || explained.length === 0) continue;
    const t = trial(ctx, changes);
    if (t.clears.length === 0 || t.breaks.length > 0) continue;
    const newValue = ctx.values[applicationCellId("new", col)];
    const diffs = explained.map((k) => changes.find((c) => c.cell === applicationCellId(k, col))?.to ?? 0);
    const headerDrops = !ctx.report.tables.applications.columns.includes(col) && ctx.report.tables.applications.columns.length > 0;
    const issue = ctx.report.issues.some((i) => i.kind === "missing-column" && i.cells.some((c) => c.endsWith(`.${col}`)));
    // The dropped column's own 本年新收 figure accounting for the differences is the tell-tale sign.
    const matchesNew = newValue != null && newValue > 0 && diffs.some((d) => d === newValue);
    // A column dropped from the table misses from most rows; a few gaps are rows read short.
    const columnWide = headerDrops || issue || rows.length * 2 >= APPLICATION_ROWS.length;
    if (!columnWide) {
      const filled = changes.filter((c) => c.to !== 0);
      out.push(cause("short-row", changes, t, "medium", 0.55, { fill: filled.length, column: col, rows: explained, diffs }));
      continue;
    }
    const conf: Confidence = matchesNew || headerDrops || issue || t.clears.length >= 2 ? "high" : "medium";
    out.push(
      cause("missing-column", changes, t, conf, conf === "high" ? 0.95 : 0.6, {
        column: col,
        rows: explained,
        diffs,
        missingRows: rows.map((r) => r.key),
        ...(newValue != null ? { newValue } : {}),
      }),
    );
  }
  return out;
}

/** Cells the reader marked ambiguous (digits run together): one of its readings balances. */
export function ambiguousReading(ctx: SearchContext): Cause[] {
  const out: Cause[] = [];
  for (const cell of Object.values(ctx.report.cells)) {
    if (!cell.candidates?.length) continue;
    for (const to of cell.candidates) {
      const change = { cell: cell.id, from: ctx.values[cell.id] ?? null, to };
      const t = trial(ctx, [change]);
      if (t.clears.length === 0 || t.breaks.length > 0) continue;
      out.push(cause("ambiguous-reading", [change], t, "high", 0.9, { raw: cell.raw ?? "" }));
    }
  }
  return out;
}

/** Two adjacent digits swapped: the difference is divisible by 9 and a swap gives the value. */
export function transposedDigits(ctx: SearchContext): Cause[] {
  const out: Cause[] = [];
  const seen = new Set<string>();
  for (const ev of ctx.failing) {
    if (!Number.isInteger(ev.residual) || ev.residual % 9 !== 0) continue;
    for (const term of ev.equation.terms) {
      const from = ctx.values[term.cell];
      if (from == null || !Number.isInteger(from) || from < 10) continue;
      const s = String(from);
      for (let i = 0; i + 1 < s.length; i++) {
        if (s[i] === s[i + 1]) continue;
        const swapped = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
        if (swapped.startsWith("0")) continue;
        const to = Number(swapped);
        if (round(ev.residual + term.sign * (to - from)) !== 0) continue;
        const key = `${term.cell}:${to}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const change = { cell: term.cell, from, to };
        const t = trial(ctx, [change]);
        if (t.clears.length === 0 || t.breaks.length > 0) continue;
        out.push(cause("transposed-digits", [change], t, t.clears.length >= 2 ? "high" : "medium", t.clears.length >= 2 ? 0.85 : 0.5, {
          difference: Math.abs(to - from),
          nines: Math.abs(to - from) / 9,
        }));
      }
    }
  }
  return out;
}

/** One value split over two neighbouring cells, or two values run together in one. */
export function splitOrJoined(ctx: SearchContext): Cause[] {
  const out: Cause[] = [];
  const touchesFailing = (cells: string[]) => ctx.failing.some((e) => e.equation.terms.some((t) => cells.includes(t.cell)));
  for (const row of PRINTED_ROWS)
    for (let i = 0; i + 1 < row.length; i++) {
      const a = row[i] as string;
      const b = row[i + 1] as string;
      if (!touchesFailing([a, b])) continue;
      const va = ctx.values[a];
      const vb = ctx.values[b];
      const tries: { kind: CauseKind; changes: Change[] }[] = [];
      // Joined: "12" in one cell where "1" and "2" belonged to two cells.
      if (va != null && isCount(va) && va >= 10 && (vb == null || vb === 0)) {
        const s = String(va);
        for (let k = 1; k < s.length; k++) {
          const right = s.slice(k);
          if (right.length > 1 && right.startsWith("0")) continue;
          tries.push({ kind: "joined-digits", changes: [{ cell: a, from: va, to: Number(s.slice(0, k)) }, { cell: b, from: vb ?? null, to: Number(right) }] });
        }
      }
      if (vb != null && isCount(vb) && vb >= 10 && (va == null || va === 0)) {
        const s = String(vb);
        for (let k = 1; k < s.length; k++) {
          const right = s.slice(k);
          if (right.length > 1 && right.startsWith("0")) continue;
          tries.push({ kind: "joined-digits", changes: [{ cell: a, from: va ?? null, to: Number(s.slice(0, k)) }, { cell: b, from: vb, to: Number(right) }] });
        }
      }
      // Split: "1" and "0" printed in two cells where "10" belonged to one of them.
      if (va != null && vb != null && isCount(va) && isCount(vb) && va > 0) {
        const joined = Number(`${va}${vb}`);
        tries.push({ kind: "split-digits", changes: [{ cell: a, from: va, to: joined }, { cell: b, from: vb, to: 0 }] });
        tries.push({ kind: "split-digits", changes: [{ cell: a, from: va, to: 0 }, { cell: b, from: vb, to: joined }] });
      }
      for (const tr of tries) {
        const t = trial(ctx, tr.changes);
        if (t.clears.length === 0 || t.breaks.length > 0) continue;
        out.push(cause(tr.kind, tr.changes, t, t.clears.length >= 2 ? "medium" : "low", t.clears.length >= 2 ? 0.6 : 0.25));
      }
    }
  return out;
}

/** A value typed one column or one row off: swapping the two cells balances. */
export function neighbour(ctx: SearchContext): Cause[] {
  const out: Cause[] = [];
  const pairs: [string, string, "column" | "row"][] = [];
  for (const r of APPLICATION_ROWS)
    for (let i = 0; i + 1 < APPLICANT_KEYS.length; i++)
      pairs.push([applicationCellId(r.key, APPLICANT_KEYS[i] as ApplicationColumn), applicationCellId(r.key, APPLICANT_KEYS[i + 1] as ApplicationColumn), "column"]);
  for (const c of APPLICATION_COLUMN_KEYS)
    for (let i = 0; i + 1 < APPLICATION_ROWS.length; i++)
      pairs.push([applicationCellId((APPLICATION_ROWS[i] as { key: string }).key, c), applicationCellId((APPLICATION_ROWS[i + 1] as { key: string }).key, c), "row"]);
  for (const b of REVIEW_BLOCKS) {
    const ks = ["upheld", "corrected", "other", "pending"];
    for (let i = 0; i + 1 < ks.length; i++) pairs.push([`${b.key}.${ks[i]}`, `${b.key}.${ks[i + 1]}`, "column"]);
  }
  for (const [a, b, axis] of pairs) {
    const va = ctx.values[a];
    const vb = ctx.values[b];
    if (va == null || vb == null || va === vb) continue;
    if (!ctx.failing.some((e) => e.equation.terms.some((t) => t.cell === a || t.cell === b))) continue;
    const changes = [
      { cell: a, from: va, to: vb },
      { cell: b, from: vb, to: va },
    ];
    const t = trial(ctx, changes);
    if (t.clears.length === 0 || t.breaks.length > 0) continue;
    out.push(cause("neighbour", changes, t, t.clears.length >= 2 ? "medium" : "low", t.clears.length >= 2 ? 0.55 : 0.25, { axis }));
  }
  return out;
}

/**
 * Several cells of one printed row (or column) wrong together while the row (column) itself still
 * adds up: each failing identity across it names its cell and the value that satisfies it.
 */
export function wholeLine(ctx: SearchContext): Cause[] {
  const out: Cause[] = [];
  const lines: { kind: "whole-row" | "whole-column"; key: string; cells: Set<string>; own: string }[] = [
    ...APPLICATION_ROWS.map((r) => ({
      kind: "whole-row" as const,
      key: r.key,
      cells: new Set(APPLICATION_COLUMN_KEYS.map((c) => applicationCellId(r.key, c))),
      own: `B3:${r.key}`,
    })),
    ...APPLICATION_COLUMN_KEYS.map((c) => ({
      kind: "whole-column" as const,
      key: c,
      cells: new Set(APPLICATION_ROWS.map((r) => applicationCellId(r.key, c))),
      own: `B2:${c}`,
    })),
  ];
  for (const line of lines) {
    const changes = new Map<string, Change>();
    let clash = false;
    for (const ev of ctx.failing) {
      if (ev.equation.key === line.own) continue;
      const inLine = ev.equation.terms.filter((t) => line.cells.has(t.cell));
      if (inLine.length !== 1) continue;
      const t = inLine[0] as (typeof inLine)[number];
      const from = ctx.values[t.cell];
      if (from == null) continue;
      const to = round(from - ev.residual * t.sign);
      const prev = changes.get(t.cell);
      if (prev && prev.to !== to) clash = true;
      changes.set(t.cell, { cell: t.cell, from, to });
    }
    if (clash || changes.size < 2 || [...changes.values()].some((c) => c.to < 0)) continue;
    const list = [...changes.values()];
    const t = trial(ctx, list);
    if (t.clears.length < 2 || t.breaks.length > 0) continue;
    // k changes can always satisfy k identities; only identities beyond that are evidence.
    const extra = t.clears.length > list.length;
    out.push(cause(line.kind, list, t, extra ? "medium" : "low", extra ? 0.5 : 0.3, { line: line.key }));
  }
  return out;
}

/** A total that equals last year's figure while this year's parts imply another value. */
export function lastYear(ctx: SearchContext, singles: Cause[]): Cause[] {
  const prev = ctx.previous;
  if (!prev) return [];
  const out: Cause[] = [];
  for (const s of singles) {
    const ch = s.changes[0];
    if (!ch || ch.from == null || ch.from === 0) continue;
    const pv = prev.cells[ch.cell]?.value;
    if (pv == null || pv !== ch.from) continue;
    out.push({ ...s, kind: "last-year", confidence: "high", score: Math.min(1, s.score + 0.15), data: { ...s.data, previousYear: prev.year ?? "", previousValue: pv } });
  }
  return out;
}

/** Every arithmetic candidate, best first. */
export function searchArithmetic(ctx: SearchContext): Cause[] {
  if (ctx.failing.length === 0) return [];
  const singles = singleCell(ctx);
  const all = [
    ...missingColumn(ctx),
    ...ambiguousReading(ctx),
    ...lastYear(ctx, singles),
    ...singles,
    ...transposedDigits(ctx),
    ...splitOrJoined(ctx),
    ...neighbour(ctx),
    ...wholeLine(ctx),
  ];
  return all.sort((x, y) => y.score - x.score || y.clears.length - x.clears.length);
}

/**
 * Cells a short row did not print: when the printed numbers already add up to the row's total and
 * zeros there keep every column identity, the absent cells were most likely zeros left out.
 */
export function zeroFill(ctx: SearchContext, cells: readonly string[]): Cause | null {
  const absent = cells.filter((c) => ctx.values[c] == null);
  if (absent.length === 0) return null;
  const changes = absent.map((cell) => ({ cell, from: null, to: 0 }));
  const t = trial(ctx, changes);
  if (t.breaks.length > 0) return null;
  const copy: Record<string, number | null> = { ...ctx.values };
  for (const c of changes) copy[c.cell] = 0;
  const touched = EQUATIONS.filter((e) => e.terms.some((x) => absent.includes(x.cell)));
  if (touched.length === 0 || failing(copy, touched).length > 0) return null;
  const row = touched.find((e) => e.kind === "row-sum" || e.kind === "review-sum");
  const parts = row ? row.terms.filter((x) => x.sign === 1 && ctx.values[x.cell] != null).map((x) => ctx.values[x.cell] as number) : [];
  const total = row ? (ctx.values[row.target] ?? null) : null;
  return cause("short-row", changes, t, "medium", 0.5, { parts, ...(total !== null ? { total } : {}) });
}
