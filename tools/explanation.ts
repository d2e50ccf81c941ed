// Adapter from a finding to the explanation fields the tools return. The wording comes from the
// finding itself (its message and operands, written by src/explain's catalogue); this only lays
// the pieces out for a model and for the deterministic answer.
import { describeCell } from "../src/model/cells.js";
import type { Finding } from "../src/model/finding.js";
import type { StoredReport } from "./store.js";
import { formatNumber } from "./slots.js";

export interface ExplanationFields {
  what: string;
  why: string;
  arithmetic: string | null;
  causes: string[];
  fix: string[];
  assumptions: string[];
}

function arithmeticOf(f: Finding): string | null {
  const ops = f.operands ?? [];
  if (!ops.length) {
    if (f.expected !== null && f.actual !== null) return `应为 ${formatNumber(f.expected, 2)}，实为 ${formatNumber(f.actual, 2)}`;
    return null;
  }
  const terms = ops.map((o, i) => `${i === 0 ? (o.sign < 0 ? "−" : "") : o.sign < 0 ? " − " : " + "}${o.label} ${o.value === null ? "（空）" : formatNumber(o.value, 2)}`);
  let s = terms.join("");
  if (f.expected !== null) s += ` = ${formatNumber(f.expected, 2)}`;
  if (f.actual !== null) s += `；报告填报 ${formatNumber(f.actual, 2)}`;
  if (f.difference !== null && f.difference !== 0) s += `，相差 ${formatNumber(Math.abs(f.difference), 2)}`;
  return s;
}

export function explainOne(entry: StoredReport, f: Finding, _index: number): ExplanationFields {
  const where = f.cells.slice(0, 4).map((c) => describeCell(c));
  return {
    what: where.length ? `${f.message}（${where.join("；")}${f.cells.length > 4 ? "等" : ""}）` : f.message,
    why: `规则 ${f.rule}（${f.family}）`,
    arithmetic: arithmeticOf(f),
    causes: [],
    fix: f.cells.length
      ? [`核对${where[0] ?? "相关单元格"}及与之相加的各项，按原始台账更正后重新核对。`]
      : ["按原始台账核对正文中的表述，使之与表格一致。"],
    assumptions: f.assumptions ?? [],
  };
}

/** Everything a reader needs without a model: one block per finding. */
export function deterministicExplanation(entry: StoredReport, findings: readonly Finding[] = entry.findings): string {
  if (!findings.length) return "这份年报未核对出问题。";
  return findings
    .map((f) => {
      const index = entry.findings.indexOf(f) + 1;
      const ex = explainOne(entry, f, index);
      const lines = [`第${index}条［${f.severity === "error" ? "错误" : f.severity === "warning" ? "警告" : "提示"}］${ex.what}`];
      if (ex.arithmetic) lines.push(`  计算：${ex.arithmetic}`);
      for (const c of ex.causes) lines.push(`  可能原因：${c}`);
      for (const x of ex.fix) lines.push(`  建议：${x}`);
      for (const a of ex.assumptions) lines.push(`  假定：${a}`);
      return lines.join("\n");
    })
    .join("\n");
}
