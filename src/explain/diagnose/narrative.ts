// Narrative sums (spec §4.6 N-SUM): when the listed parts exceed the stated total, search the
// subsets of the parts whose sum is exactly the excess — those parts were likely counted inside
// the others, or outside the total.
import type { Finding } from "../../model/finding.js";
import type { Report } from "../../model/report.js";
import type { Cause } from "./types.js";

const VERB_TAIL = /(更新|发布|公开|主动公开|共计|共|计|累计|合计|达|为)+$/;

/**
 * The category words printed before each listed number ("解读信息170条" → 解读信息), read from the
 * finding's span of the source text; the operand label itself may hold only the number.
 */
export function categoryLabels(report: Report | undefined, f: Finding, labels: string[]): string[] {
  const loc = f.location;
  if (!report || !loc) return labels;
  const span = report.source.text.slice(loc.offset, loc.offset + loc.length + 200);
  let from = 0;
  return labels.map((label) => {
    const at = span.indexOf(label, from);
    if (at < 0) return label;
    from = at + label.length;
    const before = span.slice(0, at);
    const start = Math.max(...["，", ",", "；", ";", "。", "：", ":", "、", "（", "(", "\n", "其中"].map((d) => {
      const i = before.lastIndexOf(d);
      return i < 0 ? 0 : i + d.length;
    }));
    const words = before.slice(Math.max(0, start)).replace(/\s+/g, "").replace(VERB_TAIL, "");
    return words.length >= 2 && words.length <= 16 ? words : label;
  });
}

export interface NarrativeSum {
  total: number;
  totalLabel: string;
  parts: { label: string; value: number }[];
}

/** Reads the parts and the stated total from a narrative-sum finding's operands. */
export function narrativeSumOf(f: Finding, report?: Report): NarrativeSum | null {
  const ops = (f.operands ?? []).filter((o) => o.value !== null);
  // The stated total is the lone operand on its side of the identity, whichever sign it carries.
  const pos = ops.filter((o) => o.sign === 1);
  const neg = ops.filter((o) => o.sign === -1);
  const totalOp = neg.length === 1 && pos.length > 1 ? neg[0] : pos.length === 1 && neg.length > 1 ? pos[0] : undefined;
  const partOps = totalOp ? ops.filter((o) => o !== totalOp) : ops;
  const names = categoryLabels(report, f, partOps.map((o) => o.label));
  const parts = partOps.map((o, i) => ({ label: names[i] ?? o.label, value: o.value as number }));
  const total = totalOp?.value ?? f.actual;
  if (total == null || parts.length === 0) return null;
  const totalLabel = totalOp?.label ?? (typeof f.data.totalLabel === "string" ? f.data.totalLabel : "");
  return { total, totalLabel, parts };
}

/** All subsets of `values` (by index) summing to `target`, smallest first; bounded search. */
export function subsetsSumming(values: number[], target: number, limit = 8): number[][] {
  const n = values.length;
  const out: number[][] = [];
  if (n > 20 || target <= 0) return out;
  const scale = (x: number) => Math.round(x * 1e4);
  const t = scale(target);
  for (let mask = 1; mask < 1 << n; mask++) {
    let s = 0;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) s += scale(values[i] as number);
    if (s === t) {
      const idx: number[] = [];
      for (let i = 0; i < n; i++) if (mask & (1 << i)) idx.push(i);
      out.push(idx);
    }
  }
  out.sort((a, b) => a.length - b.length);
  return out.slice(0, limit);
}

export function diagnoseNarrativeSum(f: Finding, report?: Report): Cause[] {
  const ns = narrativeSumOf(f, report);
  if (!ns) return [];
  const sum = ns.parts.reduce((a, p) => a + p.value, 0);
  const excess = Math.round((sum - ns.total) * 1e4) / 1e4;
  // What every narrative cause reports: the stated total and the parts as printed.
  const common = { total: ns.total, totalLabel: ns.totalLabel, sum, partLabels: ns.parts.map((p) => p.label), partValues: ns.parts.map((p) => p.value) };
  if (excess > 0) {
    const subsets = subsetsSumming(
      ns.parts.map((p) => p.value),
      excess,
    ).filter((s) => s.length < ns.parts.length);
    if (subsets.length === 0) return [];
    // A single exact subset is strong evidence; several possible subsets make each one weaker.
    const many = subsets.length > 1;
    return subsets.map((s, rank) => ({
      kind: "narrative-overlap" as const,
      confidence: many ? (rank === 0 && (subsets[1]?.length ?? 0) > s.length ? "medium" : "low") : "high",
      score: many ? 0.5 - rank * 0.05 : 0.9,
      changes: [],
      clears: [],
      clearsFindings: [f.id],
      data: {
        ...common,
        excess,
        labels: s.map((i) => ns.parts[i]?.label ?? ""),
        values: s.map((i) => ns.parts[i]?.value ?? 0),
        rest: ns.parts.filter((_, i) => !s.includes(i)).map((p) => p.value),
      },
    }));
  }
  if (excess < 0)
    return [
      {
        kind: "narrative-missing-part",
        confidence: "medium",
        score: 0.5,
        changes: [],
        clears: [],
        clearsFindings: [f.id],
        data: { ...common, shortfall: -excess },
      },
    ];
  return [];
}
