// The national format as data, generated from the one cell catalogue (src/model/cells.ts) so the
// resource can never drift from what the parser and the rules use.
import {
  ACTIVE_ITEMS,
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  applicationCellId,
  cellLabel,
  REVIEW_BLOCKS,
  REVIEW_RESULTS,
  TABLE_LABELS,
} from "../model/cells.js";
import { SECTION_HEADINGS, type Report } from "../model/report.js";

interface TableRow {
  key: string;
  label: string;
  group?: string;
  cells: Record<string, string>; // column key → cell id
}
interface TableLayout {
  id: string;
  label: string;
  columns: { key: string; label: string }[];
  rows: TableRow[];
}

export function formatTables(): { sections: Record<string, string>; tables: TableLayout[] } {
  const active: TableLayout = {
    id: "active",
    label: TABLE_LABELS.active,
    columns: unique(ACTIVE_ITEMS.flatMap((i) => i.columns.map((c) => ({ key: c.key, label: c.label })))),
    rows: ACTIVE_ITEMS.map((i) => ({
      key: i.key,
      label: i.label,
      group: i.block,
      cells: Object.fromEntries(i.columns.map((c) => [c.key, `active.${i.key}.${c.key}`])),
    })),
  };
  const applications: TableLayout = {
    id: "applications",
    label: TABLE_LABELS.applications,
    columns: APPLICATION_COLUMNS.map((c) => ({ key: c.key, label: c.label })),
    rows: APPLICATION_ROWS.map((r) => ({
      key: r.key,
      label: r.label,
      ...(r.groupLabel ? { group: r.groupLabel } : {}),
      cells: Object.fromEntries(APPLICATION_COLUMNS.map((c) => [c.key, applicationCellId(r.key, c.key)])),
    })),
  };
  const review: TableLayout = {
    id: "review",
    label: TABLE_LABELS.review,
    columns: REVIEW_RESULTS.map((c) => ({ key: c.key, label: c.label })),
    rows: REVIEW_BLOCKS.map((b) => ({
      key: b.key,
      label: b.label,
      cells: Object.fromEntries(REVIEW_RESULTS.map((c) => [c.key, `${b.key}.${c.key}`])),
    })),
  };
  return { sections: { ...SECTION_HEADINGS }, tables: [active, applications, review] };
}

/** Every cell id with its printed labels. */
export function formatLabels(): Record<string, { table: string; row: string; column: string; group?: string }> {
  const out: Record<string, { table: string; row: string; column: string; group?: string }> = {};
  for (const t of formatTables().tables)
    for (const r of t.rows)
      for (const id of Object.values(r.cells)) {
        const l = cellLabel(id);
        if (l) out[id] = { table: l.tableLabel, row: l.rowLabel, column: l.columnLabel, ...(l.groupLabel ? { group: l.groupLabel } : {}) };
      }
  return out;
}

/** A loaded report's three tables in the format's layout: each cell's value and how it was read. */
export function reportTables(id: string, report: Report) {
  const { tables } = formatTables();
  return {
    id,
    name: report.source.name,
    issuer: report.issuer,
    year: report.year,
    format: report.format,
    tables: tables.map((t) => ({
      id: t.id,
      label: t.label,
      found: report.tables[t.id as keyof Report["tables"]]?.found ?? false,
      columns: t.columns,
      rows: t.rows.map((r) => ({
        key: r.key,
        label: r.label,
        ...(r.group ? { group: r.group } : {}),
        cells: Object.fromEntries(
          Object.entries(r.cells).map(([col, cellId]) => {
            const c = report.cells[cellId];
            return [col, { id: cellId, value: c?.value ?? null, state: c?.state ?? "missing", ...(c?.raw !== undefined ? { raw: c.raw } : {}) }];
          }),
        ),
      })),
    })),
  };
}

function unique<T extends { key: string }>(xs: T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(x.key) ? false : (seen.add(x.key), true)));
}
