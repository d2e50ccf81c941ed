import { APPLICANT_KEYS, describeCell } from "../../model/cells.js";
import type { Report } from "../../model/report.js";
import { defineRule } from "../rule.js";
import { fmt, operand } from "../support.js";
import { TERMS } from "../../explain/messages.js";
import { type Claim, extractClaims } from "./claims.js";
import { locate } from "./text.js";

/** Σ of the cells, or the candidate set when one cell is ambiguous; null when the table does not say. */
function tableValue(report: Report, cells: readonly string[]): { value: number; candidates?: number[]; cells?: string[] } | null {
  if (cells.length === 1) {
    const id = cells[0] as string;
    const c = report.cells[id];
    if (!c) return null;
    if (c.value === null && c.candidates?.length) return { value: NaN, candidates: c.candidates };
    if (c.value === null) {
      // An unfilled 总计 of a 申请 row whose applicant columns are all printed: their sum stands in.
      const m = /^(applications\.[a-z_.]+)\.total$/.exec(id);
      if (!m) return null;
      const parts = APPLICANT_KEYS.map((k) => `${m[1]}.${k}`);
      const vals = parts.map((p) => report.cells[p]?.value ?? null);
      if (vals.some((v) => v === null)) return null;
      return { value: (vals as number[]).reduce((a, b) => a + b, 0), cells: parts.filter((_, i) => vals[i] !== 0) };
    }
    return { value: c.value };
  }
  let sum = 0;
  for (const id of cells) {
    const v = report.cells[id]?.value;
    if (v === null || v === undefined) return null;
    sum += v;
  }
  return { value: sum };
}

const carried = (report: Report, col: string) => report.cells[`applications.carried_over.${col}`]?.value ?? null;

export default defineRule({
  id: "N-MATCH",
  family: "narrative-mismatch",
  severity: "error",
  title: "正文数字与表格一致",
  description: "正文中写明的申请数、办理结果、结转数、复议诉讼数、规范性文件数应与表格对应单元格一致；约数（余、多、约、近）不视为矛盾。",
  basis: "国办公开办函〔2021〕30号（正文与表格反映同一统计口径）；《政府信息公开条例》第五十条",
  status: "experimental",
  messages: ["mismatch", "mismatch-carried", "mismatch-zero"],
  check(ctx) {
    const { report } = ctx;
    const claims = extractClaims(report);
    const byClaim = new Map<Claim, { table: number; interp: boolean }>();
    // Applicant cells that stood in for an unfilled 总计: named in the finding too.
    const extra = new Map<Claim, string[]>();
    for (const c of claims) {
      const t = tableValue(report, c.cells);
      if (!t) continue;
      if (t.candidates) {
        if (!t.candidates.includes(c.value)) byClaim.set(c, { table: NaN, interp: false });
        continue;
      }
      if (c.value === t.value) continue;
      if (t.cells) extra.set(c, t.cells);
      let interp = false;
      // "受理 N 件" often counts last year's carry-over in (spec §4.5: 受理 is used loosely).
      if (c.kind === "new" || c.kind === "new_by_applicant") {
        const cols = c.cells.map((id) => id.slice(id.lastIndexOf(".") + 1));
        const withCarried = cols.reduce((s, col) => s + (carried(report, col) ?? 0), t.value);
        if (withCarried === c.value) {
          if (c.includesCarried) continue;
          interp = true;
        }
      }
      byClaim.set(c, { table: t.value, interp });
    }
    // A 新收 total and its applicant breakdown in one sentence are one problem: one finding.
    const done = new Set<Claim>();
    for (const [c, r] of byClaim) {
      if (done.has(c)) continue;
      const group = [...byClaim.keys()].filter(
        (o) => !done.has(o) && o.prose === c.prose && o.sentence === c.sentence && (o === c || (c.kind.startsWith("new") && o.kind.startsWith("new"))),
      );
      group.forEach((o) => done.add(o));
      const cells = [...new Set(group.flatMap((o) => [...o.cells, ...(extra.get(o) ?? [])]))];
      const interp = group.every((o) => byClaim.get(o)?.interp);
      const main = group.find((o) => o.kind !== "new_by_applicant") ?? c;
      const res = byClaim.get(main) ?? r;
      const weak = group.every((o) => o.weak);
      const zero = main.value === 0 && !/\d|[零〇一二两三四五六七八九十]/.test(main.prose.text.slice(main.start, main.end));
      const tableText = Number.isNaN(res.table)
        ? `无法确定（可能为 ${(report.cells[main.cells[0] as string]?.candidates ?? []).map((n) => fmt(n)).join("、")}）`
        : fmt(res.table);
      ctx.emit({
        messageId: interp ? "mismatch-carried" : zero ? "mismatch-zero" : "mismatch",
        cells,
        expected: Number.isNaN(res.table) ? null : res.table,
        actual: main.value,
        severity: interp || weak ? "warning" : "error",
        data: {
          what: TERMS.claimKind[main.kind],
          claimed: fmt(main.value),
          table: tableText,
          cell: main.cells.length === 1 ? describeCell(main.cells[0] as string) : `${describeCell(main.cells[0] as string)}等 ${main.cells.length} 格之和`,
          quote: main.prose.text.slice(main.start, main.end),
          sentence: main.sentence.length > 80 ? `${main.sentence.slice(0, 80)}…` : main.sentence,
          carried: fmt(carried(report, "total")),
          parts: group.length,
        },
        loc: locate(report, main.prose, main.start, main.end),
        operands: [
          { label: main.prose.text.slice(main.start, main.end), value: main.value, sign: 1, loc: locate(report, main.prose, main.start, main.end) },
          ...main.cells.map((id) => operand(report, id, -1)),
        ],
        key: `${main.kind}:${main.prose.section}`,
      });
    }
  },
});
