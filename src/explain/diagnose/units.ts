// Unit slips (spec §4.4 A5): a fee entered in 元 in the 万元 column reads 10,000 times too large.
import type { Finding } from "../../model/finding.js";
import type { Report } from "../../model/report.js";
import type { Cause } from "./types.js";

export const FEE_CELL = "active.fees.amount_wan_yuan";

const decimals = (raw: string | undefined, v: number): number => {
  const s = raw && /\d/.test(raw) ? raw : String(v);
  const m = /\.(\d+)/.exec(s);
  return m ? (m[1] as string).length : 0;
};

const r2 = (x: number) => Math.round(x * 100) / 100;

export function diagnoseUnitSlip(f: Finding, report: Report): Cause[] {
  if (!f.cells.includes(FEE_CELL)) return [];
  const v = report.cells[FEE_CELL]?.value ?? f.actual;
  if (v == null || v <= 0) return [];
  const yi = r2(v / 1e4); // 亿元: 1 亿元 = 10,000 万元
  const asYuanInWan = r2(v / 1e4); // the same digits read as 元, in 万元
  const d = decimals(report.cells[FEE_CELL]?.raw, v);
  // Too many decimals is its own problem: 4 decimals of 万元 are already 元.
  if (f.messageId === "fee-precision" || (d > 4 && v < 1e4))
    return [
      {
        kind: "excess-decimals",
        confidence: "medium",
        score: 0.6,
        changes: [{ cell: FEE_CELL, from: v, to: Number(v.toFixed(4)) }],
        clears: [],
        clearsFindings: [f.id],
        data: { value: v, decimals: d, rounded: Number(v.toFixed(4)) },
      },
    ];
  // Being ≥ 1 亿元 is the main evidence; the decimals are told to the reader as a hint only.
  const big = v >= 1e4;
  return [
    {
      kind: "unit-slip",
      confidence: big ? "high" : "low",
      score: big ? 0.85 : 0.2,
      changes: [{ cell: FEE_CELL, from: v, to: asYuanInWan }],
      clears: [],
      clearsFindings: [f.id],
      data: { value: v, yi, asYuanInWan, decimals: d },
    },
  ];
}
