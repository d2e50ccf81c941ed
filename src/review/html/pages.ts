// The static HTML report: index.html (every report, sortable by issuer and by problem count, with
// a few lines of inline JS) and one page per report: its three tables in the official layout with
// the problem cells marked and numbered (src/render), and beside them the numbered explanations
// (src/explain: what, rule, arithmetic, likely cause, fix). The page adds only the frame around them.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { diagnose } from "../../explain/diagnose/index.js";
import { explainFindings } from "../../explain/explain.js";
import type { Report } from "../../model/report.js";
import { CSS as RENDER_CSS, renderFindingsHtml, renderTablesHtml } from "../../render/html.js";
import { marksOf } from "../../render/marks.js";
import { FORMAT_ZH, KIND_ZH, L } from "../labels.js";
import { reportId } from "../ids.js";
import type { ReviewedReport, ReviewResult } from "../types.js";
import { esc } from "./escape.js";
import { CSS } from "./style.js";

function page(title: string, body: string, opts: { script?: string; renderCss?: boolean } = {}): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="jiaohe"><title>${esc(title)}</title><style>${opts.renderCss ? RENDER_CSS : ""}${CSS}</style></head>
<body>${body}${opts.script ? `<script>${opts.script}</script>` : ""}</body></html>
`;
}

export function reportPage(r: ReviewedReport, previous?: Report): string {
  const findings = r.findings;
  const opts = previous ? { previous } : {};
  const diagnoses = diagnose(r.report, findings, opts);
  const explanations = explainFindings(r.report, findings, { ...opts, diagnoses, lang: "zh" });
  const marks = marksOf(findings, diagnoses);
  const c = r.counts;
  const title = `${r.issuer ?? L.unknown} ${r.year ?? ""} — ${r.name}`;
  const body = `<header><nav class="noprint"><a href="../index.html">← ${esc(L.back)}</a></nav>
<h1>${esc(r.report.title ?? L.untitled(r.issuer ?? L.unknown, r.year))}</h1>
<div class="meta">${esc(L.file)}：${esc(r.name)} · ${esc(L.kind)}：${esc(KIND_ZH[r.kind])} · ${esc(L.format)}：${esc(FORMAT_ZH[r.format] ?? r.format)}
 · ${esc(L.previous)}：${r.previous ? `<a href="${esc(pageFile(r.previous.name))}">${esc(r.previous.name)}</a>${esc(L.previousYear(r.previous.year))}` : esc(L.none)}</div>
<div class="meta counts" data-errors="${c.error}" data-warnings="${c.warning}" data-infos="${c.info}">${esc(L.errors)} ${c.error} · ${esc(L.warnings)} ${c.warning} · ${esc(L.infos)} ${c.info}</div></header>
<main class="report"><div class="tables">${renderTablesHtml(r.report, findings, marks, "zh")}</div>
<aside class="notes">${renderFindingsHtml(findings, explanations, "zh")}</aside></main>
<footer class="meta">jiaohe · sha256 ${esc(r.sha256.slice(0, 16))}</footer>`;
  return page(title, body, { renderCss: true });
}

// Sorts the index table by the clicked column: numbers numerically, text in Chinese collation.
const SORT_JS = `(function(){var t=document.querySelector("table.index");if(!t)return;var hs=t.tHead.rows[0].cells;
var coll=new Intl.Collator("zh-CN");for(var i=0;i<hs.length;i++)(function(i,h){h.tabIndex=0;function go(){
var asc=h.getAttribute("aria-sort")!=="ascending";for(var j=0;j<hs.length;j++)hs[j].removeAttribute("aria-sort");
h.setAttribute("aria-sort",asc?"ascending":"descending");var num=h.dataset.type==="number";var rows=[].slice.call(t.tBodies[0].rows);
rows.sort(function(a,b){var x=a.cells[i].dataset.v!=null?a.cells[i].dataset.v:a.cells[i].textContent,y=b.cells[i].dataset.v!=null?b.cells[i].dataset.v:b.cells[i].textContent;
var d=num?(parseFloat(x)||0)-(parseFloat(y)||0):coll.compare(x,y);return asc?d:-d;});rows.forEach(function(r){t.tBodies[0].appendChild(r);});}
h.addEventListener("click",go);h.addEventListener("keydown",function(e){if(e.key==="Enter")go();});})(i,hs[i]);})();`;

/** A report page's file name, from the report's stable id (a hash of its name in the folder). */
export function pageFile(name: string): string {
  return `${reportId(name)}.html`;
}

export function pagePath(r: ReviewedReport): string {
  return `reports/${pageFile(r.name)}`;
}

export function indexPage(result: ReviewResult): string {
  const head = [
    [L.issuer, "text", "issuer"],
    [L.year, "number", "year"],
    [L.file, "text", "file"],
    [L.kind, "text", "kind"],
    [L.errors, "number", "errors"],
    [L.warnings, "number", "warnings"],
    [L.infos, "number", "infos"],
    [L.problems, "number", "problems"],
    [L.worst, "text", "worst"],
    [L.previous, "text", "previous"],
  ] as const;
  const rows = result.reports.map((r) => {
    const c = r.counts;
    const cls = c.error ? "has-error" : c.warning ? "has-warning" : "";
    return `<tr class="${cls}" data-report="${esc(r.name)}"><td data-v="${esc(r.issuer ?? "")}">${esc(r.issuer ?? L.unknown)}</td>
<td class="n" data-v="${r.year ?? ""}">${r.year ?? "?"}</td><td><a href="${esc(pagePath(r))}">${esc(r.name)}</a></td>
<td>${esc(KIND_ZH[r.kind])}</td><td class="n e">${c.error}</td><td class="n w">${c.warning}</td><td class="n">${c.info}</td>
<td class="n">${r.findings.length}</td><td>${r.worst ? `<span class="sev-${r.worst.severity}">${esc(r.worst.message)}</span>` : esc(L.none)}</td>
<td data-v="${esc(r.previous?.name ?? "")}">${r.previous ? `<a href="reports/${esc(pageFile(r.previous.name))}">${r.previous.year ?? "?"}</a>` : ""}</td></tr>`;
  });
  const t = result.totals;
  const unreadable = result.unreadable.length
    ? `<h2>${esc(L.unreadable)}（${result.unreadable.length}）</h2><ul class="unreadable">${result.unreadable
        .map((u) => `<li data-file="${esc(u.name)}"><b>${esc(u.name)}</b>：${esc(u.error.zh)}</li>`)
        .join("")}</ul>`
    : "";
  const paired = result.series.filter((s) => s.years.length > 1);
  const series = paired.length
    ? `<h2>${esc(L.series)}</h2><ul class="series">${paired.map((s) => `<li>${esc(L.pairLine(s.issuer, s.years.map((y) => y.year)))}</li>`).join("")}</ul>`
    : "";
  const body = `<header><h1>${esc(L.title)}</h1>
<div class="meta">${esc(L.totalLine(t.reports, t.error, t.warning, t.info, t.unreadable))}</div>
<div class="meta">${esc(L.generated)}：${esc(result.startedAt.slice(0, 19).replace("T", " "))} UTC · jiaohe ${esc(result.tool.version)} · <span class="noprint">${esc(L.sortHint)}</span></div></header>
<main><table class="index"><thead><tr>${head.map(([h, type, key]) => `<th data-type="${type}" data-key="${key}">${esc(h)}</th>`).join("")}</tr></thead>
<tbody>${rows.join("\n")}</tbody></table>
${unreadable}${series}</main>`;
  return page(L.title, body, { script: SORT_JS });
}

export async function writeHtml(result: ReviewResult, dir: string): Promise<string> {
  await mkdir(join(dir, "reports"), { recursive: true });
  const byName = new Map(result.reports.map((r) => [r.name, r.report]));
  for (const r of result.reports) {
    const previous = r.previous ? byName.get(r.previous.name) : undefined;
    await writeFile(join(dir, pagePath(r)), reportPage(r, previous));
  }
  const index = join(dir, "index.html");
  await writeFile(index, indexPage(result));
  return index;
}
