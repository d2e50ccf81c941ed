// Self-contained HTML (inline CSS, no scripts, prints on A4): the three tables in the official
// layout with merged headers, finding numbers on the cells, then the findings list.
import type { Finding } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { TEMPLATES, scrub } from "../explain/explain.js";
import type { Explanation, Lang } from "../explain/types.js";
import { cellText } from "./cell-text.js";
import { APPLICANT_HEADER, APPLICATIONS_NOTE, LEGAL_PERSONS, RESULTS_GROUP, TABLE_OF, TABLE_TITLES, activeBlocks, applicationLines, reviewBlocks } from "./layout.js";
import { APPLICANT_COLUMNS } from "../model/cells.js";
import { type Mark, badge } from "./marks.js";

export function esc(s: string): string {
  return s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/** The stylesheet of the official table layout, for pages that embed the tables in their own frame. */
export const CSS = `
@page { size: A4; margin: 14mm 12mm; }
body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 10.5pt; color: #111; max-width: 190mm; margin: 0 auto; }
h1 { font-size: 15pt; text-align: center; } h2 { font-size: 12pt; margin: 14pt 0 4pt; } h3 { font-size: 11pt; margin: 10pt 0 4pt; }
table.form { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; page-break-inside: auto; }
table.form th, table.form td { border: 0.6pt solid #333; padding: 2pt 3pt; vertical-align: middle; }
table.form th { font-weight: normal; text-align: center; background: #f3f3f3; }
table.form td.v { text-align: right; white-space: nowrap; min-width: 9mm; }
table.form td.l { text-align: left; }
table.form td.note { font-size: 8.5pt; text-align: center; }
tr { page-break-inside: avoid; }
td.missing { color: #a00; font-size: 8.5pt; text-align: center; }
td.judged { outline: 2pt solid #c00; outline-offset: -2pt; background: #fdecec; }
td.operand { outline: 1.2pt dashed #c77; outline-offset: -2pt; }
td.suspect { outline: 2pt solid #d80; outline-offset: -2pt; background: #fff4d6; }
sup.b { color: #c00; font-weight: bold; margin-left: 1pt; }
p.summary { font-size: 9pt; color: #555; margin: 0; }
ol.findings { padding-left: 0; list-style: none; } ol.findings > li { margin: 0 0 9pt; page-break-inside: avoid; }
ol.findings dl { margin: 2pt 0 0 14pt; } ol.findings dt { font-weight: bold; float: left; clear: left; margin-right: 4pt; }
ol.findings dd { margin: 0 0 2pt 0; }
.sev-error { color: #b00; } .sev-warning { color: #a60; } .sev-info { color: #457; }
.legend { font-size: 8.5pt; color: #555; }
`;

function td(report: Report, cell: string, marks: Map<string, Mark[]>, lang: Lang): string {
  const c = report.cells[cell];
  const text = cellText(c, lang);
  const ms = marks.get(cell) ?? [];
  const role = ms.find((m) => m.role === "suspect") ? "suspect" : ms.find((m) => m.role === "judged") ? "judged" : ms.length ? "operand" : "";
  const cls = ["v", !c || c.state === "missing" || c.value === null && c.state === "number" ? "missing" : "", role].filter(Boolean).join(" ");
  const sup = ms.length ? `<sup class="b">${ms.map((m) => badge(m.index)).join("")}</sup>` : "";
  return `<td class="${cls}">${esc(text)}${sup}</td>`;
}

function summary(findings: readonly Finding[], lang: Lang, which: string): string {
  const ids: number[] = [];
  findings.forEach((f, i) => f.cells.some((c) => TABLE_OF[c] === which) && ids.push(i + 1));
  return `<p class="summary">${esc(TEMPLATES[lang].ui.tableFindings(ids.length))}${ids.length ? `：${ids.map(badge).join("")}` : ""}</p>`;
}

export function renderTablesHtml(report: Report, findings: readonly Finding[], marks: Map<string, Mark[]>, lang: Lang): string {
  const v = (c: string) => td(report, c, marks, lang);
  const out: string[] = [];
  // Table A: four blocks, each a caption row and a header row starting with 信息内容.
  out.push(`<h2>${esc(TABLE_TITLES.active)}</h2>`, summary(findings, lang, "active"), `<table class="form">`);
  const widest = Math.max(...activeBlocks(report.format).map((b) => b.columns.length));
  for (const b of activeBlocks(report.format)) {
    out.push(`<tr><th colspan="${widest + 1}">${esc(b.caption)}</th></tr>`);
    const span = (i: number) => (i === b.columns.length - 1 ? widest - b.columns.length + 1 : 1);
    out.push(`<tr><th>信息内容</th>${b.columns.map((c, i) => `<th colspan="${span(i)}">${esc(c)}</th>`).join("")}</tr>`);
    for (const r of b.rows)
      out.push(`<tr><td class="l">${esc(r.label)}</td>${r.cells.map((c, i) => v(c).replace("<td", `<td colspan="${span(i)}"`)).join("")}</tr>`);
  }
  out.push(`</table>`);

  // Table B: the 3×3 note cell, 申请人情况 → 自然人 | 法人或其他组织 (5) | 总计, three label columns.
  out.push(`<h2>${esc(TABLE_TITLES.applications)}</h2>`, summary(findings, lang, "applications"), `<table class="form">`);
  out.push(
    `<tr><td class="note" colspan="3" rowspan="3">${esc(APPLICATIONS_NOTE)}</td><th colspan="7">${esc(APPLICANT_HEADER)}</th></tr>`,
    `<tr><th rowspan="2">${esc(APPLICANT_COLUMNS[0].label)}</th><th colspan="5">${esc(LEGAL_PERSONS)}</th><th rowspan="2">总计</th></tr>`,
    `<tr>${APPLICANT_COLUMNS.slice(1).map((c) => `<th>${esc(c.label)}</th>`).join("")}</tr>`,
  );
  const lines = applicationLines(report.format);
  const resultsRows = lines.filter((l) => !l.heading && (l.depth >= 1)).length;
  let resultsOpened = false;
  for (const l of lines) {
    if (l.heading) continue;
    const cells = l.cells.map(v).join("");
    if (l.depth === 0) {
      out.push(`<tr><td class="l" colspan="3">${esc(l.label)}</td>${cells}</tr>`);
      continue;
    }
    const first = resultsOpened ? "" : `<td class="l" rowspan="${resultsRows}">${esc(RESULTS_GROUP)}</td>`;
    resultsOpened = true;
    if (l.group) {
      const g = l.groupStart ? `<td class="l" rowspan="${l.groupSize ?? 1}">${esc(l.group)}</td>` : "";
      out.push(`<tr>${first}${g}<td class="l">${esc(l.label)}</td>${cells}</tr>`);
    } else out.push(`<tr>${first}<td class="l" colspan="2">${esc(l.label)}</td>${cells}</tr>`);
  }
  out.push(`</table>`);

  // Table C: 行政复议 (5) | 行政诉讼 (10: 未经复议直接起诉 5, 复议后起诉 5), one row of 15 values.
  const [rev, direct, after] = reviewBlocks();
  out.push(`<h2>${esc(TABLE_TITLES.review)}</h2>`, summary(findings, lang, "review"), `<table class="form">`);
  if (rev && direct && after) {
    out.push(
      `<tr><th colspan="5">${esc(rev.group)}</th><th colspan="10">${esc(direct.group)}</th></tr>`,
      `<tr>${rev.results.map((r) => `<th rowspan="2">${esc(r)}</th>`).join("")}<th colspan="5">${esc(direct.sub ?? "")}</th><th colspan="5">${esc(after.sub ?? "")}</th></tr>`,
      `<tr>${[...direct.results, ...after.results].map((r) => `<th>${esc(r)}</th>`).join("")}</tr>`,
      `<tr>${[...rev.cells, ...direct.cells, ...after.cells].map(v).join("")}</tr>`,
    );
  }
  out.push(`</table>`);
  return out.join("\n");
}

export function renderFindingsHtml(findings: readonly Finding[], explanations: Explanation[] | null, lang: Lang): string {
  const t = TEMPLATES[lang];
  if (findings.length === 0) return `<h2>${esc(t.ui.findings)}</h2><p>${esc(t.ui.noFindings)}</p>`;
  const out = [`<h2>${esc(t.ui.findings)}${lang === "zh" ? `（${findings.length}）` : ` (${findings.length})`}</h2>`, `<ol class="findings">`];
  findings.forEach((f, i) => {
    const e = explanations?.[i];
    const n = e?.index ?? i + 1;
    const head = `<strong>${badge(n)} ${esc(e?.title ?? t.family[f.family])}</strong> <span class="sev-${f.severity}">（${esc(t.severity[f.severity])}）</span>`;
    if (!e) {
      out.push(`<li>${head} ${esc(scrub(f.message, t))}</li>`);
      return;
    }
    const dd = (k: string, x: string) => `<dt>${esc(k)}：</dt><dd>${esc(x)}</dd>`;
    const items = [
      e.where.length || e.source
        ? dd(t.ui.where, [e.where.length ? t.places(e.where) : "", e.source ? t.ui.sourceLine(e.source.line, e.source.section, e.source.page) : ""].filter(Boolean).join(lang === "zh" ? "；" : "; "))
        : "",
      dd(t.ui.finding, e.what),
      dd(t.ui.rule, e.why),
      e.numbers ? dd(t.ui.numbers, e.numbers) : "",
      ...e.causes.map((c) => dd(t.ui.cause, `【${t.confidence[c.confidence]}】${c.text}${c.alsoClears.length ? ` ${t.ui.alsoClears(c.alsoClears.map((x) => badge(x.index)).join(""))}` : ""}`)),
      ...e.fix.map((x) => dd(t.ui.fix, x)),
      ...e.assumptions.map((a) => dd(t.ui.assumptions, a)),
    ];
    out.push(`<li id="f${n}">${head}<dl>${items.join("")}</dl></li>`);
  });
  out.push(`</ol>`);
  return out.join("\n");
}

export function htmlDocument(title: string, body: string, lang: Lang): string {
  return `<!DOCTYPE html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}">
<head><meta charset="utf-8"><title>${esc(title)}</title><style>${CSS}</style></head>
<body>
${body}
</body>
</html>
`;
}
