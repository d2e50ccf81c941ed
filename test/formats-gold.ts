// Document-level check of a reader against the hand-made gold: finds each table row of the 2021
// format by its label and compares the row's value cells (the last cells of the grid row) with the
// gold values, in order, each in its own cell. Independent of the report builder.
import type { Document, Line } from "../src/read/blocks.js";
import type { Gold } from "./helpers/gold.js";

const COLS = ["natural", "commercial", "research", "social", "legal", "other", "total"] as const;
const BLOCK = ["upheld", "corrected", "other", "pending", "total"] as const;

export const APPLICATION_ROWS: [string, RegExp][] = [
  ["new", /本年新收/],
  ["carried_over", /上年结转/],
  ["granted", /予以公开/],
  ["partial", /部分公开/],
  ["denied.state_secret", /国家秘密/],
  ["denied.law_forbidden", /禁止公开|[2２][.．、]\s*其他法律/],
  ["denied.three_safety", /三安全一稳定/],
  ["denied.third_party", /第三方/],
  ["denied.internal_affairs", /内部事务/],
  ["denied.process_info", /过程性/],
  ["denied.enforcement_file", /执法案卷/],
  ["denied.query_matter", /查询事项/],
  ["unavailable.not_held", /不掌握/],
  ["unavailable.needs_creation", /另行制作/],
  ["unavailable.unclear", /仍不明确/],
  ["not_processed.petition", /信访/],
  ["not_processed.repeat", /重复申请/],
  ["not_processed.publication", /出版物/],
  ["not_processed.excessive", /大量反复/],
  ["not_processed.confirm", /重新出|[5５][.．、]\s*要求行政机关确认/],
  ["other.no_correction", /不补|[1１][.．、]\s*申请人无正当理由/],
  ["other.no_fee", /缴纳费用/],
  ["other.other", /(^|[\s|])[3３][.．、]?\s*其他\s*$|其他处理\s*$/],
  ["total", /[七].{0,3}总计/],
  ["carried_forward", /结转下年度/],
];

const isValue = (s: string) => s === "" || /^-?[\d,，]+(\.\d+)?$/.test(s.replace(/\s/g, ""));
const num = (s: string) => (s.trim() === "" ? null : Number(s.replace(/[\s,，]/g, "")));

function label(line: Line, values: number): string {
  return line.cells
    .slice(0, Math.max(0, line.cells.length - values))
    .map((c) => c.text)
    .join("|");
}

/** The first row line (of a table holding `tableHint`) whose label matches and that ends with `n` value cells. */
function findRow(doc: Document, re: RegExp, n: number, tableHint?: RegExp): Line | undefined {
  return doc.lines.find((l) => {
    if (l.kind !== "row" || l.cells.length < n + 1) return false;
    if (tableHint && !tableHint.test(tableText(doc, l.table))) return false;
    const tail = l.cells.slice(-n);
    return tail.every((c) => isValue(c.text)) && tail.some((c) => c.text !== "") && re.test(label(l, n));
  });
}

const tableTextCache = new WeakMap<Document, Map<number | undefined, string>>();
function tableText(doc: Document, t: number | undefined): string {
  let m = tableTextCache.get(doc);
  if (!m) tableTextCache.set(doc, (m = new Map()));
  let s = m.get(t);
  if (s === undefined) {
    s = doc.lines.filter((l) => l.kind === "row" && l.table === t).flatMap((l) => l.cells.map((c) => c.text)).join("|");
    m.set(t, s);
  }
  return s;
}

/** Every mismatch between the document's table cells and the gold, as readable strings. */
export function gridMismatches(doc: Document, gold: Gold, opts: { active?: boolean; review?: boolean } = {}): string[] {
  const out: string[] = [];
  const cmp = (id: string, got: string | undefined) => {
    const want = gold.cells[id];
    if (want === undefined) return;
    const g = got === undefined ? undefined : num(got);
    if (g !== want) out.push(`${id}: want ${want}, got ${got === undefined ? "(no cell)" : JSON.stringify(got)}`);
  };
  for (const [row, re] of APPLICATION_ROWS) {
    const line = findRow(doc, re, 7);
    // A row the document does not print (gold all null) may be absent.
    if (!line && COLS.every((c) => gold.cells[`applications.${row}.${c}`] === null)) continue;
    if (!line) {
      out.push(`applications.${row}: row not found`);
      continue;
    }
    const tail = line.cells.slice(-7);
    COLS.forEach((c, i) => cmp(`applications.${row}.${c}`, tail[i]?.text));
  }
  if (opts.active !== false) {
    const threes: [string, RegExp][] = [
      ["regulations", /^规章$/],
      ["normative_documents", /^行政规范性文件$/],
    ];
    for (const [item, re] of threes) {
      const l = doc.lines.find((x) => x.kind === "row" && re.test((x.cells[0]?.text ?? "").replace(/\s/g, "")));
      ["issued", "repealed", "in_force"].forEach((c, i) => cmp(`active.${item}.${c}`, l?.cells[i + 1]?.text));
    }
    const ones: [string, RegExp][] = [
      ["licensing.decisions", /^行政许可$/],
      ["punishment.decisions", /^行政处罚$/],
      ["enforcement.decisions", /^行政强制$/],
      ["fees.amount_wan_yuan", /^行政事业性收费$/],
    ];
    for (const [id, re] of ones) {
      const l = doc.lines.find((x) => x.kind === "row" && re.test((x.cells[0]?.text ?? "").replace(/\s/g, "")));
      cmp(`active.${id}`, l?.cells[1]?.text);
    }
  }
  if (opts.review !== false) {
    const l = doc.lines.find(
      (x) =>
        x.kind === "row" &&
        x.cells.length >= 15 &&
        x.cells.slice(-15).every((c) => isValue(c.text)) &&
        x.cells.slice(-15).some((c) => c.text !== ""),
    );
    const tail = l?.cells.slice(-15);
    ["review", "litigation_direct", "litigation_after_review"].forEach((b, bi) =>
      BLOCK.forEach((c, ci) => cmp(`${b}.${c}`, tail?.[bi * 5 + ci]?.text)),
    );
  }
  return out;
}
