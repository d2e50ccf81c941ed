// Markdown: the three tables as pipe tables (merged headers folded into the header text), finding
// numbers on the cells (judged cells in bold), then the findings list.
import type { Finding } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { TEMPLATES, scrub } from "../explain/explain.js";
import type { Explanation, Lang } from "../explain/types.js";
import { cellText } from "./cell-text.js";
import { explanationLines } from "./explanation-text.js";
import { APPLICANT_HEADER, APPLICATION_VALUE_COLUMNS, APPLICATIONS_NOTE, LEGAL_PERSONS, TABLE_OF, TABLE_TITLES, activeBlocks, applicationLines, reviewBlocks } from "./layout.js";
import { type Mark, badge } from "./marks.js";

const esc = (s: string) => s.replaceAll("|", "\\|");

function cellMd(report: Report, cell: string, marks: Map<string, Mark[]>, lang: Lang): string {
  const text = esc(cellText(report.cells[cell], lang));
  const ms = marks.get(cell) ?? [];
  if (ms.length === 0) return text;
  const strong = ms.some((m) => m.role !== "operand");
  return `${strong ? `**${text}**` : text} ${ms.map((m) => badge(m.index)).join("")}`;
}

function row(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function summary(findings: readonly Finding[], lang: Lang, which: string): string {
  const ids: number[] = [];
  findings.forEach((f, i) => f.cells.some((c) => TABLE_OF[c] === which) && ids.push(i + 1));
  const s = TEMPLATES[lang].ui.tableFindings(ids.length);
  return `*${s}${ids.length ? `：${ids.map(badge).join("")}` : ""}*`;
}

export function renderTablesMarkdown(report: Report, findings: readonly Finding[], marks: Map<string, Mark[]>, lang: Lang): string {
  const v = (c: string) => cellMd(report, c, marks, lang);
  const out: string[] = [];
  out.push(`### ${TABLE_TITLES.active}`, "", summary(findings, lang, "active"), "");
  for (const b of activeBlocks(report.format)) {
    out.push(row([`**${b.caption}**`, ...b.columns.map(() => "")]), row(["---", ...b.columns.map(() => "---:")]));
    out.push(row(["信息内容", ...b.columns]));
    for (const r of b.rows) out.push(row([r.label, ...r.cells.map(v)]));
    out.push("");
  }
  out.push(`### ${TABLE_TITLES.applications}`, "", summary(findings, lang, "applications"), "");
  const heads = APPLICATION_VALUE_COLUMNS.map((c, i) => (i === 0 ? `${APPLICANT_HEADER}：${c}` : i < 6 ? `${LEGAL_PERSONS}：${c}` : c));
  out.push(row([esc(APPLICATIONS_NOTE), ...heads]), row(["---", ...heads.map(() => "---:")]));
  for (const l of applicationLines(report.format)) {
    const label = `${"　".repeat(l.depth)}${l.label}`;
    out.push(l.heading ? row([`*${label}*`, ...heads.map(() => "")]) : row([label, ...l.cells.map(v)]));
  }
  out.push("", `### ${TABLE_TITLES.review}`, "", summary(findings, lang, "review"), "");
  const blocks = reviewBlocks();
  const rh = blocks.flatMap((b) => b.results.map((r) => `${b.group}${b.sub ? `：${b.sub}` : ""}：${r}`));
  out.push(row(rh), row(rh.map(() => "---:")), row(blocks.flatMap((b) => b.cells.map(v))));
  return out.join("\n");
}

export function renderFindingsMarkdown(findings: readonly Finding[], explanations: Explanation[] | null, lang: Lang): string {
  const t = TEMPLATES[lang];
  if (findings.length === 0) return t.ui.noFindings;
  const out = [`### ${t.ui.findings}${lang === "zh" ? `（${findings.length}）` : ` (${findings.length})`}`, ""];
  findings.forEach((f, i) => {
    const e = explanations?.[i];
    if (e) {
      const [head, ...rest] = explanationLines(e, lang, true);
      out.push(`#### ${head}`, "", ...rest, "");
    } else out.push(`- ${badge(i + 1)} [${t.severity[f.severity]}] ${scrub(f.message, t)}`);
  });
  return out.join("\n").trimEnd();
}
