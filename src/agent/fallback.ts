// What every surface shows without a model, or when the model fails: deterministic text built
// from the parsed report and its findings, with numbers only from slots or from the findings.
import { deterministicExplanation, renderTable, type StoredReport } from "../../tools/index.js";
import { computeFigure } from "../../tools/compute-figure.js";
import { outcomeCellIds } from "../model/cells.js";
import { SECTION_HEADINGS } from "../model/report.js";
import { NO_MODEL_NOTICE } from "./messages.js";
import { loadPrompt } from "./prompts.js";
import { renderSlots, resolverFor } from "./render.js";
import type { AgentAnswer, DraftSection, ReportContext } from "./types.js";

export { NO_MODEL_NOTICE };

function entryOf(ctx: ReportContext): StoredReport {
  const e = ctx.deps.store.get(ctx.reportId);
  if (!e) throw new Error(`unknown report ${ctx.reportId}`);
  return e;
}

function answer(text: string, reason: string | null, slots: AgentAnswer["slots"] = [], spans: AgentAnswer["spans"] = []): AgentAnswer {
  return {
    text,
    source: "fallback",
    fallbackReason: reason,
    template: null,
    slots,
    spans,
    toolCalls: [],
    rounds: 0,
    usage: { promptTokens: 0, completionTokens: 0, totalTokens: 0 },
    guard: { attempts: 0, violations: [] },
  };
}

/** The findings that a question names ("第3条", a finding id), or all of them. */
export function findingsAskedAbout(entry: StoredReport, question: string) {
  const picked = new Set<number>();
  for (const m of question.matchAll(/第\s*(\d{1,3})\s*[条个项]/g)) picked.add(Number(m[1]));
  for (const [i, f] of entry.findings.entries()) if (question.includes(f.id)) picked.add(i + 1);
  const chosen = [...picked].filter((n) => n >= 1 && n <= entry.findings.length).sort((a, b) => a - b);
  if (chosen.length) return chosen.map((n) => entry.findings[n - 1]).filter((f) => f !== undefined);
  // "为什么这张表不平" is about the arithmetic; "表头" about labels; "正文" about the prose.
  const topics: [RegExp, readonly string[]][] = [
    [/不平|勾稽|合计|总计|相加|加起来|算/, ["row-sum", "column-sum", "balance", "review-sum", "missing-column", "missing-cell"]],
    [/表头|标题|标签|名称|写法/, ["label-deviation"]],
    [/正文|文字|叙述|描述/, ["narrative-mismatch", "narrative-sum", "text-quality", "citation-format"]],
    [/去年|上年|上一年|跨年/, ["cross-year"]],
    [/年度|年份|发布时间|发布日期|期限/, ["report-year"]],
  ];
  for (const [re, families] of topics) {
    if (!re.test(question)) continue;
    const hits = entry.findings.filter((f) => families.includes(f.family));
    if (hits.length) return hits;
  }
  return entry.findings;
}

/** The deterministic explanation of the findings the question is about (all when it names none). */
export function answerWithoutModel(ctx: ReportContext, question = "", reason: string | null = NO_MODEL_NOTICE): AgentAnswer {
  const entry = entryOf(ctx);
  return answer(deterministicExplanation(entry, findingsAskedAbout(entry, question), ctx.deps.store), reason);
}

function sumSlot(ctx: ReportContext, entry: StoredReport, cells: string[], label: string): string {
  const r = computeFigure(ctx.deps, entry, { op: "sum", a: cells, b: [], label });
  return r.ok ? r.value.slot : "【待核实】";
}

function notesBlock(notes: string | null | undefined): string {
  return notes?.trim() ? `\n经办人说明（待整理）：\n${notes.trim()}` : "";
}

/** Section text from the tables alone (and the clerk's notes as given), every number a slot. */
export function draftTemplate(ctx: ReportContext, section: DraftSection): string {
  const entry = entryOf(ctx);
  if (section === "overview") {
    return loadPrompt("fallback-overview.v1", {
      year: entry.report.year ? `${entry.report.year}年` : "本年度",
      issuer: entry.report.issuer ?? "本机关",
      denied: sumSlot(ctx, entry, outcomeCellIds("denied"), "不予公开合计"),
      unavailable: sumSlot(ctx, entry, outcomeCellIds("unavailable"), "无法提供合计"),
      not_processed: sumSlot(ctx, entry, outcomeCellIds("not_processed"), "不予处理合计"),
      other: sumSlot(ctx, entry, outcomeCellIds("other"), "其他处理合计"),
      litigation: sumSlot(ctx, entry, ["litigation_direct.total", "litigation_after_review.total"], "行政诉讼合计"),
      notes: "",
    });
  }
  return loadPrompt("fallback-problems.v1", { notes: "" });
}

export function draftWithoutModel(
  ctx: ReportContext,
  section: DraftSection,
  notes?: string | null,
  reason: string | null = NO_MODEL_NOTICE,
): AgentAnswer {
  // Notes are the clerk's own words: shown as given, after the generated text, never mixed into it.
  const r = renderSlots(draftTemplate(ctx, section), resolverFor(ctx));
  const head = `${SECTION_HEADINGS[section]}\n`;
  const spans = r.spans.map((x) => ({ ...x, start: x.start + head.length, end: x.end + head.length }));
  return answer(`${head}${r.text}${notesBlock(notes)}`, reason, r.slots, spans);
}

/** A whole report skeleton: the six headings, drafts of 一 and 五, the three tables as printed. */
export function draftSkeleton(ctx: ReportContext, notes?: { overview?: string | null; problems?: string | null }): string {
  const entry = entryOf(ctx);
  const r = entry.report;
  const title = `${r.issuer ?? "【机关名称】"}${r.year ? `${r.year}年` : "【年度】"}政府信息公开工作年度报告`;
  const overview = draftWithoutModel(ctx, "overview", notes?.overview, null).text;
  const problems = draftWithoutModel(ctx, "problems", notes?.problems, null).text;
  const table = (t: "active" | "applications" | "review") => renderTable(r, t, "markdown").replace(/^\*[^*\n]+\*\n\n?/m, "");
  return [
    title,
    "",
    overview,
    "",
    table("active"),
    "",
    table("applications"),
    "",
    table("review"),
    "",
    problems,
    "",
    SECTION_HEADINGS.other,
    "【待补充：信息处理费收取情况（依据《政府信息公开信息处理费管理办法》），人大代表建议和政协提案办理结果公开情况，年度政务公开工作创新情况等】",
  ].join("\n");
}
