// Findings → Telegram HTML messages with their buttons. Pure functions of the stored report: the
// wording of each finding comes from the checker/explainer, the bot only lays it out.
import type { InlineKeyboardMarkup } from "grammy/types";
import { SEVERITY_ORDER, type Finding } from "../model/finding.js";
import { BUTTONS, M, SEVERITY_ICON, SEVERITY_LABEL, fill } from "./messages.js";
import { escapeHtml } from "./format.js";
import type { Explanation } from "./deps.js";
import type { CurrentReport } from "./state.js";

export type TablePart = "active" | "applications" | "review" | "text";

export const PART_LABEL: Record<TablePart, string> = {
  active: "表二（主动公开政府信息情况）",
  applications: "表三（收到和处理政府信息公开申请情况）",
  review: "表四（行政复议、行政诉讼情况）",
  text: "正文和结构",
};

export function partOf(f: Finding): TablePart {
  const cell = f.cells[0] ?? "";
  if (cell.startsWith("active")) return "active";
  if (cell.startsWith("applications.")) return "applications";
  if (cell.startsWith("review.") || cell.startsWith("litigation")) return "review";
  return "text";
}

/** Errors first, then warnings, then notes; the checker's order within each. Indexes refer to this order. */
export function orderFindings(findings: Finding[]): Finding[] {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i).map((x) => x.f);
}

export function summaryHtml(current: CurrentReport): string {
  const name = escapeHtml(current.name);
  const fs = current.findings;
  if (fs.length === 0) return fill(M.clean, { name });
  const bySeverity = (["error", "warning", "info"] as const)
    .map((s) => [s, fs.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${SEVERITY_LABEL[s]} ${n}`)
    .join("，");
  const parts = (Object.keys(PART_LABEL) as TablePart[])
    .map((p) => [p, fs.filter((f) => partOf(f) === p)] as const)
    .filter(([, list]) => list.length > 0)
    .map(([p, list]) => `• ${PART_LABEL[p]}：${list.length} 个`)
    .join("\n");
  return fill(M.summary, { name, count: fs.length, severities: bySeverity, tables: parts });
}

function where(f: Finding): string {
  const loc = f.location;
  if (!loc) return "";
  return loc.page ? `第 ${loc.page} 页` : `第 ${loc.line} 行`;
}

export function findingHtml(f: Finding, index: number): string {
  const at = where(f);
  return `<b>${index + 1}.</b> ${SEVERITY_ICON[f.severity]} ${escapeHtml(f.message)}${at ? `\n<i>${escapeHtml(PART_LABEL[partOf(f)])}，${at}</i>` : ""}`;
}

/** Button data: action, finding index, report key; ≤ 64 bytes as Telegram requires. */
export function buttonData(action: "x" | "f", index: number, key: string): string {
  return `${action}:${index}:${key}`;
}

export function parseButtonData(data: string): { action: "x" | "f"; index: number; key: string } | null {
  const m = /^([xf]):(\d{1,4}):([\w-]{1,40})$/.exec(data);
  return m ? { action: m[1] as "x" | "f", index: Number(m[2]), key: m[3]! } : null;
}

export interface OutMessage {
  html: string;
  keyboard?: InlineKeyboardMarkup;
}

const PER_MESSAGE = 5;

/** The findings shown inline (at most `max`), a few per message, each with its two buttons. */
export function findingMessages(current: CurrentReport, max: number): OutMessage[] {
  const shown = current.findings.slice(0, max);
  const out: OutMessage[] = [];
  for (let start = 0; start < shown.length; start += PER_MESSAGE) {
    const group = shown.slice(start, start + PER_MESSAGE);
    // Never over the limit in practice; if it were, sendHtml splits it and keeps the buttons last.
    const html = group.map((f, j) => findingHtml(f, start + j)).join("\n\n");
    const keyboard: InlineKeyboardMarkup = {
      inline_keyboard: group.map((_, j) => [
        { text: `${BUTTONS.explain} ${start + j + 1}`, callback_data: buttonData("x", start + j, current.key) },
        { text: `${BUTTONS.fix} ${start + j + 1}`, callback_data: buttonData("f", start + j, current.key) },
      ]),
    };
    out.push({ html, keyboard });
  }
  return out;
}

/** Every finding, as a Markdown file for when the list is too long for messages. */
export function findingsMarkdown(current: CurrentReport, explanations: Explanation[]): string {
  const lines = [`# 《${current.name}》核对结果`, "", `共 ${current.findings.length} 个问题。`, ""];
  current.findings.forEach((f, i) => {
    const e = explanations[i] ?? { what: "", why: "", fix: "" };
    lines.push(`## ${i + 1}. ${SEVERITY_LABEL[f.severity]}：${f.message}`, "");
    const at = where(f);
    if (at) lines.push(`- 位置：${PART_LABEL[partOf(f)]}，${at}`);
    if (e.why) lines.push(`- 为什么：${e.why}`);
    if (e.fix) lines.push(`- 怎么改：${e.fix}`);
    lines.push("");
  });
  return lines.join("\n");
}
