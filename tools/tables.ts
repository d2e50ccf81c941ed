// Deterministic rendering of the three tables of the 2021 format from a report's cells, with the
// standard printed labels. Used by render_table and by the drafting skeleton: a model never
// writes a table.
import {
  ACTIVE_ITEMS,
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  REVIEW_BLOCKS,
  REVIEW_RESULTS,
  TABLE_LABELS,
  type TableId,
} from "../src/model/cells.js";
import type { Report } from "../src/model/report.js";
import { formatNumber } from "./slots.js";

export type TableFormat = "markdown" | "html" | "text";

function show(report: Report, id: string): string {
  const c = report.cells[id];
  if (!c) return "";
  if (c.value !== null) return formatNumber(c.value, c.raw?.match(/[.．](\d+)/)?.[1]?.length ?? 2);
  if (c.state === "slash") return c.raw ?? "/";
  if (c.state === "blank") return "";
  return c.raw ?? "";
}

interface Grid {
  title: string;
  header: string[][];
  rows: string[][];
}

function grid(report: Report, table: TableId): Grid {
  if (table === "active") {
    const rows: string[][] = [];
    for (const item of ACTIVE_ITEMS) {
      rows.push([item.block, ...item.columns.map((c) => c.label)]);
      rows.push([item.label, ...item.columns.map((c) => show(report, `active.${item.key}.${c.key}`))]);
    }
    return { title: TABLE_LABELS.active, header: [], rows };
  }
  if (table === "applications") {
    const header = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", ...APPLICATION_COLUMNS.map((c) => c.label)]];
    const rows = APPLICATION_ROWS.map((r) => [
      r.groupLabel && r.key.endsWith(".state_secret") === false && r.groupLabel ? `${r.label}` : r.label,
      ...APPLICATION_COLUMNS.map((c) => show(report, `applications.${r.key}.${c.key}`)),
    ]);
    // Group labels (（三）不予公开 …) are printed on their own line before their first row.
    const out: string[][] = [];
    let group: string | undefined;
    for (const [i, r] of APPLICATION_ROWS.entries()) {
      if (r.groupLabel && r.groupLabel !== group) out.push([r.groupLabel, ...APPLICATION_COLUMNS.map(() => "")]);
      group = r.groupLabel;
      if (r.key === "granted") out.push(["三、本年度办理结果", ...APPLICATION_COLUMNS.map(() => "")]);
      out.push(rows[i] ?? []);
    }
    return { title: TABLE_LABELS.applications, header, rows: out };
  }
  const header = [
    ["行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""],
    [...REVIEW_RESULTS.map((r) => r.label), "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
  ];
  const labels = REVIEW_BLOCKS.flatMap(() => REVIEW_RESULTS.map((r) => r.label));
  const values = REVIEW_BLOCKS.flatMap((b) => REVIEW_RESULTS.map((r) => show(report, `${b.key}.${r.key}`)));
  return { title: TABLE_LABELS.review, header: [...header, labels], rows: [values] };
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function renderTable(report: Report, table: TableId, format: TableFormat): string {
  const g = grid(report, table);
  const all = [...g.header, ...g.rows];
  const width = Math.max(...all.map((r) => r.length));
  const pad = (r: string[]) => [...r, ...Array(width - r.length).fill("")];
  if (format === "html") {
    const tr = (r: string[], tag: string) => `<tr>${pad(r).map((c) => `<${tag}>${esc(c)}</${tag}>`).join("")}</tr>`;
    return `<table>\n<caption>${esc(g.title)}</caption>\n${g.header.map((r) => tr(r, "th")).join("\n")}\n${g.rows.map((r) => tr(r, "td")).join("\n")}\n</table>`;
  }
  if (format === "markdown") {
    const line = (r: string[]) => `| ${pad(r).map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
    const head = g.header.length ? g.header : [all[0] ?? []];
    const body = g.header.length ? g.rows : g.rows.slice(1);
    return [`**${g.title}**`, "", line(head[0] ?? []), `|${" --- |".repeat(width)}`, ...head.slice(1).map(line), ...body.map(line)].join("\n");
  }
  return [g.title, ...all.map((r) => pad(r).join("\t").replace(/\t+$/, ""))].join("\n");
}
