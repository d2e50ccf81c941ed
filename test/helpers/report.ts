// Builds synthetic Reports for rule tests: every cell of the 2021 format (0 unless given), sections
// from plain texts, and optional structure issues / label deviations. Also a Report from a seed's gold
// cells plus the seed's own prose, for checking the rules before the text reader exists.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ALL_CELL_IDS } from "../../src/model/cells.js";
import {
  type Cell,
  type CellState,
  type LabelDeviation,
  type Report,
  SECTION_HEADINGS,
  SECTION_IDS,
  type Section,
  type SectionId,
  type StructureIssue,
} from "../../src/model/report.js";
import { makeLocator } from "../../src/read/location.js";
import { type Gold, SEEDS_DIR } from "./gold.js";

export type CellSpec = number | null | { value: number | null; state?: CellState; raw?: string; candidates?: number[] };

export interface TestReportSpec {
  cells?: Record<string, CellSpec>;
  /** Section prose by id; a section not named gets a placeholder sentence unless `only` is set. */
  sections?: Partial<Record<SectionId, string>>;
  /** Only these sections exist (for missing-section tests). */
  onlySections?: SectionId[];
  issuer?: string | null;
  year?: number | null;
  format?: Report["format"];
  issues?: StructureIssue[];
  deviations?: LabelDeviation[];
  tables?: Partial<Record<"active" | "applications" | "review", boolean>>;
  extraCells?: Record<string, CellSpec>;
}

const DEFAULT_PROSE: Record<SectionId, string> = {
  overview: "本年度政府信息公开工作有序开展。",
  active: "主动公开情况见下表。",
  applications: "收到和处理申请情况见下表。",
  review_litigation: "行政复议、行政诉讼情况见下表。",
  problems: "存在的主要问题是公开深度不够，下一步将加以改进。",
  other: "本年度未收取信息处理费。",
};

function toCell(id: string, spec: CellSpec | undefined): Cell {
  if (spec === undefined) return { id, value: 0, state: "number", raw: "0" };
  if (spec === null) return { id, value: null, state: "missing" };
  if (typeof spec === "number") return { id, value: spec, state: "number", raw: String(spec) };
  const state = spec.state ?? (spec.value === null ? "missing" : "number");
  return {
    id,
    value: spec.value,
    state,
    ...(spec.raw !== undefined ? { raw: spec.raw } : spec.value !== null ? { raw: String(spec.value) } : {}),
    ...(spec.candidates ? { candidates: spec.candidates } : {}),
  };
}

export function testReport(spec: TestReportSpec = {}): Report {
  const ids = spec.onlySections ?? [...SECTION_IDS];
  let text = `${spec.issuer ?? "某县人民政府"}${spec.year ?? 2024}年政府信息公开工作年度报告\n\n`;
  const sections: Section[] = [];
  const locator = () => makeLocator(text);
  for (const id of SECTION_IDS) {
    if (!ids.includes(id)) continue;
    const heading = SECTION_HEADINGS[id];
    const headingAt = text.length;
    text += `${heading}\n\n`;
    const prose = spec.sections?.[id] ?? DEFAULT_PROSE[id];
    const textOffset = text.length;
    text += `${prose}\n\n`;
    sections.push({ id, heading, loc: locator()(headingAt, heading.length), text: prose, textOffset, end: text.length });
  }
  const cells: Record<string, Cell> = {};
  for (const id of ALL_CELL_IDS) cells[id] = toCell(id, spec.cells?.[id]);
  for (const [id, s] of Object.entries(spec.extraCells ?? {})) cells[id] = toCell(id, s);
  for (const id of Object.keys(spec.cells ?? {})) if (!(id in cells)) cells[id] = toCell(id, spec.cells?.[id]);
  const found = (t: "active" | "applications" | "review") => spec.tables?.[t] ?? true;
  return {
    source: { name: "test.txt", kind: "text", encoding: "utf-8", text, sha256: "0".repeat(64) },
    title: `${spec.issuer ?? "某县人民政府"}${spec.year ?? 2024}年政府信息公开工作年度报告`,
    issuer: spec.issuer === undefined ? "某县人民政府" : spec.issuer,
    year: spec.year === undefined ? 2024 : spec.year,
    format: spec.format ?? "2021",
    publishedAt: null,
    period: null,
    sections,
    cells,
    tables: {
      active: { found: found("active") },
      applications: { found: found("applications"), columns: ["natural", "commercial", "research", "social", "legal", "other", "total"] },
      review: { found: found("review") },
    },
    deviations: spec.deviations ?? [],
    issues: spec.issues ?? [],
  };
}

const HEADING_RE: Record<SectionId, RegExp> = {
  overview: /^[#\s]*一、\s*总体情况/,
  active: /^[#\s]*二、\s*主动公开政府信息情况/,
  applications: /^[#\s]*三、\s*收到和处理政府信息公开申请情况/,
  review_litigation: /^[#\s]*四、\s*政府信息公开行政复议、行政诉讼情况/,
  problems: /^[#\s]*五、\s*存在的主要问题及改进情况/,
  other: /^[#\s]*六、\s*其他需要报告的事项/,
};

/** Table lines are not prose: tab-separated rows and lines that are a bare number or a short label. */
function isTableLine(line: string): boolean {
  const t = line.trim();
  return line.includes("\t") || t.startsWith("|") || /^[-\d.\s]+$/.test(t) || (t.length > 0 && t.length < 16 && !/[。，：；]/.test(t) && !/^[（(][一二三四五六七八九十][)）]/.test(t));
}

/**
 * A Report from a seed's gold cells and the seed text's prose (sections split on the six standard
 * headings, table lines left out). Stand-in for parseReport until the text reader lands.
 */
export function reportFromGold(gold: Gold, file = join(SEEDS_DIR, gold.source)): Report {
  const text = readFileSync(file, "utf8");
  const lines = text.split("\n");
  const starts: number[] = [];
  let off = 0;
  for (const l of lines) {
    starts.push(off);
    off += l.length + 1;
  }
  const locator = makeLocator(text);
  const found: { id: SectionId; line: number }[] = [];
  lines.forEach((l, i) => {
    for (const id of SECTION_IDS)
      if (HEADING_RE[id].test(l) && !found.some((f) => f.id === id) && (found.length === 0 || SECTION_IDS.indexOf(id) > SECTION_IDS.indexOf((found[found.length - 1] as { id: SectionId }).id)))
        found.push({ id, line: i });
  });
  const sections: Section[] = found.map((f, k) => {
    const endLine = k + 1 < found.length ? (found[k + 1] as { line: number }).line : lines.length;
    const firstLine = f.line + 1;
    const textOffset = starts[firstLine] ?? text.length;
    // Keep offsets exact: table lines are blanked (same length), not removed.
    const body = lines
      .slice(firstLine, endLine)
      .map((l) => (isTableLine(l) ? " ".repeat(l.length) : l))
      .join("\n");
    const heading = (lines[f.line] ?? "").replace(/^[#\s]+/, "");
    return { id: f.id, heading, loc: locator(starts[f.line] ?? 0, (lines[f.line] ?? "").length), text: body, textOffset, end: textOffset + body.length };
  });
  const cells: Record<string, Cell> = {};
  for (const [id, v] of Object.entries(gold.cells)) cells[id] = v === null ? { id, value: null, state: "missing" } : { id, value: v, state: "number", raw: String(v) };
  const issuerLine = gold.issuer;
  return {
    source: { name: gold.source, kind: "text", encoding: "utf-8", text, sha256: "0".repeat(64) },
    title: `${issuerLine}${gold.year}年政府信息公开工作年度报告`,
    issuer: gold.issuer,
    year: gold.year,
    format: gold.format === "2019" ? "2019" : "2021",
    publishedAt: null,
    period: null,
    sections,
    cells,
    tables: {
      active: { found: true },
      applications: { found: true, columns: ["natural", "commercial", "research", "social", "legal", "other", "total"] },
      review: { found: true },
    },
    deviations: [],
    issues: [],
  };
}
