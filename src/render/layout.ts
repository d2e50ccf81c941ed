// The three tables in the official layout (spec §3), as data every renderer reads.
import {
  ACTIVE2019_ITEMS,
  ACTIVE_ITEMS,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  type ApplicationRow,
  REVIEW_BLOCKS,
  REVIEW_RESULTS,
  TABLE_LABELS,
  TOTAL_COLUMN,
  applicationCellId,
} from "../model/cells.js";

/** A caption row (第二十条第（一）项) then a header row and value rows, per block of Table A. */
export interface ActiveBlock {
  caption: string;
  columns: string[];
  rows: { label: string; cells: string[] }[];
}

/** Table A of the 2021 format, or of the 2019 trial format (other columns, a （九） block). */
export function activeBlocks(format: string = "2021"): ActiveBlock[] {
  const blocks: ActiveBlock[] = [];
  const legacy = format === "2019";
  const items: readonly { key: string; label: string; block: string; columns: readonly { key: string; label: string }[] }[] = legacy ? ACTIVE2019_ITEMS : ACTIVE_ITEMS;
  for (const item of items) {
    const columns = item.columns.map((c) => c.label);
    let b = blocks.find((x) => x.caption === item.block && x.columns.join() === columns.join());
    if (!b) {
      b = { caption: item.block, columns, rows: [] };
      blocks.push(b);
    }
    b.rows.push({ label: item.label, cells: item.columns.map((c) => `${legacy ? "active2019" : "active"}.${item.key}.${c.key}`) });
  }
  return blocks;
}

export const APPLICATIONS_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
export const APPLICANT_HEADER = "申请人情况";
export const LEGAL_PERSONS = "法人或其他组织";
export const RESULTS_GROUP = "三、本年度办理结果";

export interface ApplicationLine {
  /** The printed label of the row. */
  label: string;
  /** Short label for narrow renderings. */
  short: string;
  /** 0: 一/二/四; 1: under 三、本年度办理结果; 2: under a (三)…(六) group. */
  depth: 0 | 1 | 2;
  /** A group heading line carries no numbers. */
  heading: boolean;
  cells: string[];
  /** For HTML: the group this row belongs to (rowspan in column 2), and whether it opens it. */
  group?: string;
  groupStart?: boolean;
  groupSize?: number;
}

export const APPLICATION_VALUE_COLUMNS = [...APPLICANT_COLUMNS, TOTAL_COLUMN].map((c) => c.label);

/** The 2019 trial format prints （六）其他处理 as one row: its values are the other.other cells. */
function applicationRows(format: string): readonly ApplicationRow[] {
  if (format !== "2019") return APPLICATION_ROWS;
  return APPLICATION_ROWS.filter((r) => r.key !== "other.no_correction" && r.key !== "other.no_fee").map((r) =>
    r.key === "other.other" ? { key: r.key, label: "（六）其他处理", short: "（六）其他处理", group: null, outcome: true } : r,
  );
}

export function applicationLines(format: string = "2021"): ApplicationLine[] {
  const lines: ApplicationLine[] = [];
  const sizes = new Map<string, number>();
  const rows = applicationRows(format);
  for (const r of rows) if (r.groupLabel) sizes.set(r.groupLabel, (sizes.get(r.groupLabel) ?? 0) + 1);
  let lastGroup: string | undefined;
  for (const r of rows) {
    const cells = [...APPLICANT_COLUMNS, TOTAL_COLUMN].map((c) => applicationCellId(r.key, c.key));
    if (r.key === "granted") lines.push({ label: RESULTS_GROUP, short: RESULTS_GROUP, depth: 0, heading: true, cells: [] });
    if (r.groupLabel && r.groupLabel !== lastGroup)
      lines.push({ label: r.groupLabel, short: r.groupLabel, depth: 1, heading: true, cells: [] });
    lastGroup = r.groupLabel;
    const depth = r.groupLabel ? 2 : r.outcome || r.key === "total" ? 1 : 0;
    lines.push({
      label: r.label,
      short: r.groupLabel ? r.label.replace(/、行政机关不再处理其政府信息公开申请$/, "") : r.label,
      depth,
      heading: false,
      cells,
      ...(r.groupLabel
        ? { group: r.groupLabel, groupStart: lines.filter((l) => l.group === r.groupLabel).length === 0, groupSize: sizes.get(r.groupLabel) ?? 1 }
        : {}),
    });
  }
  return lines;
}

export interface ReviewHeader {
  group: string;
  sub?: string;
  results: string[];
  cells: string[];
}

/** Table C: 行政复议 (5 columns), then 行政诉讼 split into 未经复议直接起诉 and 复议后起诉 (5 each). */
export function reviewBlocks(): ReviewHeader[] {
  return REVIEW_BLOCKS.map((b) => {
    const [group, sub] = b.label.split("·") as [string, string | undefined];
    return {
      group,
      ...(sub ? { sub } : {}),
      results: REVIEW_RESULTS.map((r) => r.label),
      cells: REVIEW_RESULTS.map((r) => `${b.key}.${r.key}`),
    };
  });
}

export const TABLE_TITLES = {
  active: `二、主动公开政府信息情况（${TABLE_LABELS.active}）`,
  applications: `三、收到和处理政府信息公开申请情况（${TABLE_LABELS.applications}）`,
  review: `四、政府信息公开行政复议、行政诉讼情况（${TABLE_LABELS.review}）`,
};

export const TABLE_OF: Record<string, "active" | "applications" | "review"> = {};
for (const f of ["2021", "2019"]) for (const b of activeBlocks(f)) for (const r of b.rows) for (const c of r.cells) TABLE_OF[c] = "active";
for (const l of applicationLines()) for (const c of l.cells) TABLE_OF[c] = "applications";
for (const b of reviewBlocks()) for (const c of b.cells) TABLE_OF[c] = "review";
