// Slots: the only way a number reaches text written by a model. A slot names where a value comes
// from (a cell, a computed figure, a count of findings, a number in the clerk's notes); this module
// resolves a slot name to its value, unit and provenance, and formats it. The agent's renderer and
// the tools that show values to a model both use it, so a slot always prints the same way.
import { describeCell, isKnownCellId } from "../src/model/cells.js";
import type { Finding } from "../src/model/finding.js";
import type { FigureUnit, ReportStore, StoredReport } from "./store.js";

export interface SlotValue {
  slot: string;
  value: number | null;
  unit: FigureUnit;
  decimals: number;
  /** The value with its unit, e.g. "12件", "3.5万元", "12.5%"; a note when the value is absent. */
  formatted: string;
  label: string;
  /** Where the value comes from: a cell and its line, a formula, a line of the notes. */
  provenance: string;
}

export const MISSING_TEXT = "（报告未给出）";

export function cellUnit(id: string): FigureUnit {
  if (id === "active.fees.amount_wan_yuan") return "万元";
  if (id === "active2019.procurement.amount") return "";
  if (/^active2019\.[a-z_]+\.(prev_items|change)$/.test(id)) return "项";
  return "件";
}

/** Plain decimal notation, at most `decimals` places, trailing zeros trimmed. */
export function formatNumber(value: number, decimals = 0): string {
  const s = value.toFixed(Math.max(0, Math.min(6, decimals)));
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}

export function formatValue(value: number | null, unit: FigureUnit, decimals = 0): string {
  if (value === null || !Number.isFinite(value)) return MISSING_TEXT;
  return `${formatNumber(value, decimals)}${unit}`;
}

function decimalsOf(raw: string | undefined, value: number): number {
  const m = raw?.match(/[.．](\d+)/);
  if (m?.[1]) return m[1].length;
  return Number.isInteger(value) ? 0 : 2;
}

function cellSlot(entry: StoredReport, id: string, slot: string, prefix = ""): SlotValue {
  const cell = entry.report.cells[id];
  const value = cell?.value ?? null;
  const unit = cellUnit(id);
  const decimals = value === null ? 0 : decimalsOf(cell?.raw, value);
  const line = cell?.loc ? `，第${cell.loc.line}行` : "";
  return {
    slot,
    value,
    unit,
    decimals,
    formatted: formatValue(value, unit, decimals),
    label: `${prefix}${describeCell(id)}`,
    provenance: `${prefix}${entry.report.source.name}：${describeCell(id)}${line}`,
  };
}

function countSlot(slot: string, n: number, label: string): SlotValue {
  return { slot, value: n, unit: "条", decimals: 0, formatted: `${n}条`, label, provenance: "核对结果" };
}

export type ExtraSlots = ReadonlyMap<string, SlotValue>;

/** Resolves one slot name for a stored report; undefined when the name means nothing. */
export function resolveSlot(store: ReportStore, entry: StoredReport, name: string, extra?: ExtraSlots): SlotValue | undefined {
  const slot = name.trim();
  const x = extra?.get(slot);
  if (x) return x;
  if (isKnownCellId(slot)) return cellSlot(entry, slot, slot);
  if (slot.startsWith("prev:")) {
    const id = slot.slice(5);
    const prev = entry.previousId ? store.get(entry.previousId) : undefined;
    if (!prev || !isKnownCellId(id)) return undefined;
    return cellSlot(prev, id, slot, "上年报告");
  }
  const q = entry.quoted.get(slot);
  if (q)
    return { slot, value: q.value, unit: "", decimals: 0, formatted: q.text, label: `引用的数字「${q.text}」`, provenance: q.provenance };
  if (slot.startsWith("fig:")) {
    const f = entry.figures.get(slot.slice(4));
    if (!f) return undefined;
    return {
      slot,
      value: f.value,
      unit: f.unit,
      decimals: f.decimals,
      formatted: formatValue(f.value, f.unit, f.decimals),
      label: f.label,
      provenance: `计算：${f.formula}`,
    };
  }
  const fs = entry.findings;
  const count = slot.match(/^findings\.(total|error|warning|info)$/);
  if (count?.[1]) {
    const k = count[1];
    const n = k === "total" ? fs.length : fs.filter((f) => f.severity === k).length;
    const names: Record<string, string> = { total: "问题总数", error: "错误数", warning: "警告数", info: "提示数" };
    return countSlot(slot, n, names[k] ?? k);
  }
  const one = slot.match(/^finding\.(\d{1,4})\.(expected|actual|difference)$/);
  if (one?.[1] && one[2]) {
    const f: Finding | undefined = fs[Number(one[1]) - 1];
    if (!f) return undefined;
    const key = one[2] as "expected" | "actual" | "difference";
    const value = f[key];
    const first = f.cells[0];
    const unit: FigureUnit = first ? cellUnit(first) : "";
    const decimals = value === null || Number.isInteger(value) ? 0 : 2;
    const names = { expected: "应为", actual: "实为", difference: "差额" } as const;
    return {
      slot,
      value: key === "difference" && value !== null ? Math.abs(value) : value,
      unit,
      decimals,
      formatted: formatValue(key === "difference" && value !== null ? Math.abs(value) : value, unit, decimals),
      label: `第${one[1]}条问题的${names[key]}`,
      provenance: `核对结果第${one[1]}条（${f.rule}）`,
    };
  }
  return undefined;
}
