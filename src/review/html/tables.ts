// The three statistical tables in the layout of the 2021 national format (国办公开办函〔2021〕30号):
// the same merged header cells and row groups a reviewer knows from the printed report. Each value
// cell carries its cell id; cells a finding names are marked and carry the finding's number.
import {
  ACTIVE_ITEMS,
  ACTIVE2019_ITEMS,
  type ActiveItem,
  APPLICATION_COLUMN_KEYS,
  APPLICATION_GROUP_LABELS,
  APPLICATION_ROWS,
  applicationCellId,
  describeCell,
  REVIEW_BLOCKS,
  REVIEW_RESULTS,
  TABLE_LABELS,
} from "../../model/cells.js";
import type { Severity } from "../../model/finding.js";
import type { Report } from "../../model/report.js";
import { esc } from "./escape.js";

/** The marks on one cell: the numbers of the findings naming it, and the worst severity among them. */
export interface CellMark {
  numbers: number[];
  severity: Severity;
}

export type Marks = Map<string, CellMark>;

export const TABLE_OF = (cell: string): "active" | "applications" | "review" | null =>
  cell.startsWith("active") ? "active" : cell.startsWith("applications.") ? "applications" : /^(review|litigation_direct|litigation_after_review)\./.test(cell) ? "review" : null;

function valueText(report: Report, id: string): { text: string; cls: string } {
  const c = report.cells[id];
  if (!c) return { text: "", cls: "missing" };
  switch (c.state) {
    case "number":
      return { text: c.value === null ? (c.raw ?? "") : String(c.value), cls: "num" };
    case "blank":
      return { text: "", cls: "blank" };
    case "slash":
      return { text: c.raw ?? "/", cls: "slash" };
    case "text":
      return { text: c.raw ?? "", cls: "text" };
    case "ambiguous":
      return { text: c.raw ?? "?", cls: "ambiguous" };
    default:
      return { text: "", cls: "missing" };
  }
}

function td(report: Report, id: string, marks: Marks, span = 1): string {
  const v = valueText(report, id);
  const m = marks.get(id);
  const cls = [v.cls, m ? `problem sev-${m.severity}` : ""].filter(Boolean).join(" ");
  const note = report.cells[id]?.note;
  const title = `${describeCell(id)}${v.cls === "missing" ? "：报告中未给出" : ""}${note ? `（${note}）` : ""}`;
  const badges = m ? m.numbers.map((n) => `<a class="badge" href="#f${n}">${n}</a>`).join("") : "";
  return `<td${span > 1 ? ` colspan="${span}"` : ""} class="${cls}" data-cell="${esc(id)}" id="c-${esc(id)}" title="${esc(title)}">${esc(v.text)}${badges}</td>`;
}

function activeTable(report: Report, marks: Marks): string {
  const items: readonly ActiveItem[] = report.format === "2019" ? ACTIVE2019_ITEMS : ACTIVE_ITEMS;
  const prefix = report.format === "2019" ? "active2019" : "active";
  const rows: string[] = [];
  let block = "";
  for (const item of items) {
    const k = item.columns.length;
    if (item.block !== block) {
      block = item.block;
      rows.push(`<tr><th colspan="4" class="caption">${esc(block)}</th></tr>`);
      rows.push(
        `<tr><th>信息内容</th>${item.columns.map((c, i) => `<th${i === k - 1 && k < 3 ? ` colspan="${4 - k}"` : ""}>${esc(c.label)}</th>`).join("")}</tr>`,
      );
    }
    const cells = item.columns.map((c, i) => td(report, `${prefix}.${item.key}.${c.key}`, marks, i === k - 1 && k < 3 ? 4 - k : 1));
    rows.push(`<tr><th class="row">${esc(item.label)}</th>${cells.join("")}</tr>`);
  }
  return `<table class="official t-active"><colgroup><col class="label"><col><col><col></colgroup><tbody>${rows.join("")}</tbody></table>`;
}

function applicationsTable(report: Report, marks: Marks): string {
  const head = [
    `<tr><th colspan="3" rowspan="3" class="note">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th><th colspan="7">申请人情况</th></tr>`,
    `<tr><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th></tr>`,
    `<tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>`,
  ];
  const groupSize = (g: string) => APPLICATION_ROWS.filter((r) => r.group === g).length;
  const resultRows = APPLICATION_ROWS.filter((r) => r.key !== "new" && r.key !== "carried_over" && r.key !== "carried_forward").length;
  const body: string[] = [];
  let lastGroup: string | null = null;
  for (const row of APPLICATION_ROWS) {
    const values = APPLICATION_COLUMN_KEYS.map((c) => td(report, applicationCellId(row.key, c), marks)).join("");
    let label: string;
    if (row.key === "new" || row.key === "carried_over" || row.key === "carried_forward") {
      label = `<th colspan="3" class="row">${esc(row.label)}</th>`;
    } else {
      const lead = row.key === "granted" ? `<th rowspan="${resultRows}" class="vgroup">三、本年度办理结果</th>` : "";
      if (row.group) {
        const open = row.group !== lastGroup ? `<th rowspan="${groupSize(row.group)}" class="group">${esc(APPLICATION_GROUP_LABELS[row.group])}</th>` : "";
        label = `${lead}${open}<th class="row">${esc(row.label)}</th>`;
      } else label = `${lead}<th colspan="2" class="row">${esc(row.label)}</th>`;
    }
    lastGroup = row.group;
    body.push(`<tr>${label}${values}</tr>`);
  }
  return `<table class="official t-applications"><thead>${head.join("")}</thead><tbody>${body.join("")}</tbody></table>`;
}

function reviewTable(report: Report, marks: Marks): string {
  const results = REVIEW_RESULTS.map((r) => `<th>${esc(r.label)}</th>`).join("");
  const head = [
    `<tr><th colspan="5" rowspan="2">行政复议</th><th colspan="10">行政诉讼</th></tr>`,
    `<tr><th colspan="5">未经复议直接起诉</th><th colspan="5">复议后起诉</th></tr>`,
    `<tr>${results}${results}${results}</tr>`,
  ];
  const values = REVIEW_BLOCKS.flatMap((b) => REVIEW_RESULTS.map((r) => td(report, `${b.key}.${r.key}`, marks))).join("");
  return `<table class="official t-review"><thead>${head.join("")}</thead><tbody><tr>${values}</tr></tbody></table>`;
}

export const TABLES = [
  { id: "active", heading: `二、主动公开政府信息情况`, caption: TABLE_LABELS.active, render: activeTable },
  { id: "applications", heading: `三、收到和处理政府信息公开申请情况`, caption: TABLE_LABELS.applications, render: applicationsTable },
  { id: "review", heading: `四、政府信息公开行政复议、行政诉讼情况`, caption: TABLE_LABELS.review, render: reviewTable },
] as const;
