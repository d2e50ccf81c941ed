// Plain-text rendering for a terminal: the three tables with finding numbers on the cells, then the
// findings list. Colour only when asked (the CLI decides from the TTY).
import pc from "picocolors";
import type { Finding } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { TEMPLATES, scrub } from "../explain/explain.js";
import type { Explanation, Lang } from "../explain/types.js";
import { cellText, padEnd, padStart, width } from "./cell-text.js";
import { explanationLines } from "./explanation-text.js";
import { APPLICANT_HEADER, APPLICATION_VALUE_COLUMNS, APPLICATIONS_NOTE, LEGAL_PERSONS, TABLE_OF, TABLE_TITLES, activeBlocks, applicationLines, reviewBlocks } from "./layout.js";
import { type Mark, badge } from "./marks.js";

export interface TextOptions {
  lang: Lang;
  color: boolean;
}

function valueWithMarks(report: Report, cell: string, marks: Map<string, Mark[]>, o: TextOptions): string {
  const text = cellText(report.cells[cell], o.lang);
  const ms = marks.get(cell) ?? [];
  if (ms.length === 0) return text;
  const tag = ms.map((m) => badge(m.index)).join("");
  if (!o.color) return `${text}${tag}`;
  const strong = ms.some((m) => m.role === "judged" || m.role === "suspect");
  return strong ? pc.bold(pc.red(`${text}${tag}`)) : pc.yellow(`${text}${tag}`);
}

function table(rows: string[][], align: ("l" | "r")[]): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, width(c))));
  return rows.map((r) =>
    r
      .map((c, i) => (align[i] === "r" ? padStart(c, widths[i] ?? 0) : padEnd(c, widths[i] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
}

function summary(findings: readonly Finding[], t: (typeof TEMPLATES)["zh"], which: string): string {
  const ids = new Set<number>();
  findings.forEach((f, i) => {
    if (f.cells.some((c) => TABLE_OF[c] === which)) ids.add(i + 1);
  });
  const list = [...ids].map(badge).join("");
  return `${t.ui.tableFindings(ids.size)}${list ? `：${list}` : ""}`;
}

export function renderTablesText(report: Report, findings: readonly Finding[], marks: Map<string, Mark[]>, o: TextOptions): string {
  const t = TEMPLATES[o.lang];
  const v = (c: string) => valueWithMarks(report, c, marks, o);
  const out: string[] = [];
  const h = (s: string) => (o.color ? pc.bold(s) : s);

  out.push(h(TABLE_TITLES.active), summary(findings, t, "active"));
  for (const b of activeBlocks(report.format)) {
    out.push(`  ${b.caption}`);
    const rows = [["信息内容", ...b.columns], ...b.rows.map((r) => [r.label, ...r.cells.map(v)])];
    out.push(...table(rows, ["l", ...b.columns.map(() => "r" as const)]).map((l) => `    ${l}`));
  }
  out.push("");

  out.push(h(TABLE_TITLES.applications), summary(findings, t, "applications"));
  const head1 = ["", APPLICANT_HEADER, "", "", "", "", "", ""];
  const head2 = ["", "", LEGAL_PERSONS, "", "", "", "", ""];
  const head3 = ["", ...APPLICATION_VALUE_COLUMNS];
  const body = applicationLines(report.format).map((l) => {
    const label = `${"  ".repeat(l.depth)}${l.short}`;
    return l.heading ? [label] : [label, ...l.cells.map(v)];
  });
  const aligned = table([head3, ...body.map((r) => (r.length === 1 ? [r[0] as string, "", "", "", "", "", "", ""] : r))], ["l", "r", "r", "r", "r", "r", "r", "r"]);
  out.push(`  ${APPLICATIONS_NOTE}`, `  ${head1[1]}：${APPLICATION_VALUE_COLUMNS[0]}；${head2[2]}：${APPLICATION_VALUE_COLUMNS.slice(1, 6).join("、")}；${APPLICATION_VALUE_COLUMNS[6]}`);
  out.push(...aligned.map((l) => `  ${l}`));
  out.push("");

  out.push(h(TABLE_TITLES.review), summary(findings, t, "review"));
  for (const b of reviewBlocks()) {
    out.push(`  ${b.group}${b.sub ? ` · ${b.sub}` : ""}`);
    out.push(...table([b.results, b.cells.map(v)], b.results.map(() => "r" as const)).map((l) => `    ${l}`));
  }
  return out.join("\n");
}

export function renderFindingsText(findings: readonly Finding[], explanations: Explanation[] | null, o: TextOptions): string {
  const t = TEMPLATES[o.lang];
  if (findings.length === 0) return t.ui.noFindings;
  const out = [`${t.ui.findings}${o.lang === "zh" ? `（${findings.length}）` : ` (${findings.length})`}`];
  findings.forEach((f, i) => {
    const e = explanations?.[i];
    if (e) out.push(...explanationLines(e, o.lang, false), "");
    else out.push(`${badge(i + 1)} [${t.severity[f.severity]}] ${scrub(f.message, t)}`);
  });
  return out.join("\n").trimEnd();
}
