// The static HTML report: index.html (every report, sortable by issuer and by problem count, with
// a few lines of inline JS) and one page per report with its three tables in the official layout,
// problem cells marked and numbered, and the explanations beside them.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ALL_CELL_IDS } from "../../model/cells.js";
import { type Finding, SEVERITY_ORDER } from "../../model/finding.js";
import { FORMAT_ZH, KIND_ZH, L, SEVERITY_ZH } from "../labels.js";
import type { ReviewedReport, ReviewResult } from "../types.js";
import { esc } from "./escape.js";
import { type ExplainNote, type Note, noteOf } from "./notes.js";
import { CSS } from "./style.js";
import { type Marks, TABLE_OF, TABLES } from "./tables.js";

/** Supplies explanations for a report's findings (keyed by finding id); absent ids use the fallback. */
export type ExplainProvider = (r: ReviewedReport) => Map<string, ExplainNote>;

const CELL_ORDER = new Map(ALL_CELL_IDS.map((id, i) => [id, i]));
const TABLE_ORDER = { active: 0, applications: 1, review: 2 } as const;

function tableOf(f: Finding): "active" | "applications" | "review" | null {
  for (const c of f.cells) {
    const t = TABLE_OF(c);
    if (t) return t;
  }
  return null;
}

/** Page order of findings: by table, then severity, then the first cell's printed position. */
export function orderFindings(findings: Finding[]): Finding[] {
  const pos = (f: Finding) => Math.min(...f.cells.map((c) => CELL_ORDER.get(c) ?? 9999), 9999);
  return [...findings].sort((a, b) => {
    const ta = tableOf(a);
    const tb = tableOf(b);
    return (
      (ta ? TABLE_ORDER[ta] : 9) - (tb ? TABLE_ORDER[tb] : 9) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      pos(a) - pos(b) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  });
}

function page(title: string, body: string, script = ""): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="jiaohe"><title>${esc(title)}</title><style>${CSS}</style></head>
<body>${body}${script ? `<script>${script}</script>` : ""}</body></html>
`;
}

function noteHtml(n: Note): string {
  const list = (items: string[] | undefined, head: string) =>
    items?.length ? `<div class="detail">${esc(head)}<ul>${items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul></div>` : "";
  const back = n.cells.length ? ` <a class="noprint" href="#c-${esc(n.cells[0])}">↑</a>` : "";
  return `<li id="f${n.number}" class="sev-${n.severity}" data-finding="${esc(n.findingId)}" data-rule="${esc(n.rule)}" data-cells="${esc(n.cells.join(" "))}">
<span class="no">${n.number}</span><span class="sev">${esc(SEVERITY_ZH[n.severity])}</span>${esc(n.what)}${back}
${n.numbers ? `<div class="detail">${esc(n.numbers)}</div>` : ""}
${n.where ? `<div class="detail">${esc(L.location)}：${esc(n.where)}</div>` : ""}
${list(n.causes, "可能的原因：")}${list(n.fix, "建议：")}${list(n.assumptions, "说明：")}
<div class="id">${esc(n.rule)} · ${esc(n.family)} · ${esc(n.findingId)}</div></li>`;
}

export function reportPage(r: ReviewedReport, explain?: ExplainProvider): string {
  const notes = explain?.(r) ?? new Map<string, ExplainNote>();
  const ordered = orderFindings(r.findings);
  const all = ordered.map((f, i) => noteOf(f, i + 1, notes.get(f.id)));
  const marks: Marks = new Map();
  for (const n of all)
    for (const c of n.cells) {
      const m = marks.get(c);
      if (!m) marks.set(c, { numbers: [n.number], severity: n.severity });
      else {
        m.numbers.push(n.number);
        if (SEVERITY_ORDER[n.severity] < SEVERITY_ORDER[m.severity]) m.severity = n.severity;
      }
    }
  const byTable = (t: string | null) => all.filter((n, i) => tableOf(ordered[i] as Finding) === t);
  const sections = TABLES.map((t) => {
    const notesOf = byTable(t.id);
    return `<section class="table" id="t-${t.id}"><h2>${esc(t.heading)}</h2>
<div>${t.render(r.report, marks)}</div>
<ol class="notes">${notesOf.map(noteHtml).join("") || ""}</ol></section>`;
  }).join("\n");
  const other = byTable(null);
  const c = r.counts;
  const title = `${r.issuer ?? L.unknown} ${r.year ?? ""} — ${r.name}`;
  const body = `<header><nav class="noprint"><a href="../index.html">← ${esc(L.back)}</a></nav>
<h1>${esc(r.report.title ?? `${r.issuer ?? L.unknown}${r.year ?? ""}年政府信息公开工作年度报告`)}</h1>
<div class="meta">${esc(L.file)}：${esc(r.name)} · ${esc(L.kind)}：${esc(KIND_ZH[r.kind])} · ${esc(L.format)}：${esc(FORMAT_ZH[r.format] ?? r.format)}
 · ${esc(L.previous)}：${esc(r.previous ? `${r.previous.name}（${r.previous.year ?? "?"} 年）` : L.none)}</div>
<div class="meta counts" data-errors="${c.error}" data-warnings="${c.warning}" data-infos="${c.info}">${esc(L.errors)} ${c.error} · ${esc(L.warnings)} ${c.warning} · ${esc(L.infos)} ${c.info}</div>
${r.findings.length === 0 ? `<p class="empty">${esc(L.noProblems)}</p>` : ""}</header>
<main>${sections}
${other.length ? `<section class="other"><h2>${esc(L.otherProblems)}</h2><ol class="notes">${other.map(noteHtml).join("")}</ol></section>` : ""}</main>
<footer class="meta">jiaohe · sha256 ${esc(r.sha256.slice(0, 16))}</footer>`;
  return page(title, body);
}

// Sorts the index table by the clicked column: numbers numerically, text in Chinese collation.
const SORT_JS = `(function(){var t=document.querySelector("table.index");if(!t)return;var hs=t.tHead.rows[0].cells;
var coll=new Intl.Collator("zh-CN");for(var i=0;i<hs.length;i++)(function(i,h){h.tabIndex=0;function go(){
var asc=h.getAttribute("aria-sort")!=="ascending";for(var j=0;j<hs.length;j++)hs[j].removeAttribute("aria-sort");
h.setAttribute("aria-sort",asc?"ascending":"descending");var num=h.dataset.type==="number";var rows=[].slice.call(t.tBodies[0].rows);
rows.sort(function(a,b){var x=a.cells[i].dataset.v!=null?a.cells[i].dataset.v:a.cells[i].textContent,y=b.cells[i].dataset.v!=null?b.cells[i].dataset.v:b.cells[i].textContent;
var d=num?(parseFloat(x)||0)-(parseFloat(y)||0):coll.compare(x,y);return asc?d:-d;});rows.forEach(function(r){t.tBodies[0].appendChild(r);});}
h.addEventListener("click",go);h.addEventListener("keydown",function(e){if(e.key==="Enter")go();});})(i,hs[i]);})();`;

export function pagePath(r: ReviewedReport): string {
  return `reports/${r.id}.html`;
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
  ] as const;
  const rows = result.reports.map((r) => {
    const c = r.counts;
    const cls = c.error ? "has-error" : c.warning ? "has-warning" : "";
    return `<tr class="${cls}" data-report="${esc(r.name)}"><td data-v="${esc(r.issuer ?? "")}">${esc(r.issuer ?? L.unknown)}</td>
<td class="n" data-v="${r.year ?? ""}">${r.year ?? "?"}</td><td><a href="${esc(pagePath(r))}">${esc(r.name)}</a></td>
<td>${esc(KIND_ZH[r.kind])}</td><td class="n e">${c.error}</td><td class="n w">${c.warning}</td><td class="n">${c.info}</td>
<td class="n">${r.findings.length}</td><td>${r.worst ? `<span class="sev-${r.worst.severity}">${esc(r.worst.message)}</span>` : esc(L.none)}</td></tr>`;
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
  return page(L.title, body, SORT_JS);
}

export async function writeHtml(result: ReviewResult, dir: string, explain?: ExplainProvider): Promise<string> {
  await mkdir(join(dir, "reports"), { recursive: true });
  for (const r of result.reports) await writeFile(join(dir, pagePath(r)), reportPage(r, explain));
  const index = join(dir, "index.html");
  await writeFile(index, indexPage(result));
  return index;
}
