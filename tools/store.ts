// The report store shared by every tool call of one surface (agent, MCP server, bot): parsed
// reports, their findings and the figures computed from them, keyed by a stable id. Bounded
// (least recently used first out) so a long-running bot cannot grow without limit.
import { createHash } from "node:crypto";
import type { Finding } from "../src/model/finding.js";
import type { Report } from "../src/model/report.js";

export type FigureOp = "sum" | "difference" | "share" | "ratio" | "yoy_change" | "yoy_change_pct" | "pp_change";
export type FigureUnit = "件" | "项" | "条" | "万元" | "元" | "%" | "个百分点" | "倍" | "";

export interface FigureInput {
  /** Cell id, prefixed "prev:" when read from the previous year's report. */
  ref: string;
  label: string;
  value: number | null;
  role: "a" | "b";
}

export interface Figure {
  id: string;
  op: FigureOp;
  label: string;
  value: number | null;
  unit: FigureUnit;
  /** Decimal places used when formatting. */
  decimals: number;
  formula: string;
  inputs: FigureInput[];
}

export interface QuotedNumber {
  slot: string;
  /** The number exactly as written, e.g. "12", "三千八百", "3.5". */
  text: string;
  value: number | null;
  /** Where it was written: "年报「一、总体情况」第12行", "起草说明第3行". */
  provenance: string;
}

export interface StoredReport {
  id: string;
  report: Report;
  findings: Finding[];
  /** Id of the same issuer's previous report, when given. */
  previousId: string | null;
  figures: Map<string, Figure>;
  /** Numbers quoted from prose (the report's own text, the clerk's notes), as slots: text.*, note.*. */
  quoted: Map<string, QuotedNumber>;
  createdAt: number;
}

export class ReportStore {
  private readonly items = new Map<string, StoredReport>();
  constructor(private readonly maxReports = 64) {}

  /** Adds (or replaces) a report; the id depends only on the content and the previous report. */
  add(report: Report, findings: Finding[], previousId: string | null = null): StoredReport {
    const id = `rpt_${createHash("sha256")
      .update(report.source.sha256)
      .update(previousId ?? "")
      .digest("hex")
      .slice(0, 10)}`;
    const old = this.items.get(id);
    const entry: StoredReport = {
      id,
      report,
      findings,
      previousId,
      figures: old?.figures ?? new Map(),
      quoted: old?.quoted ?? new Map(),
      createdAt: Date.now(),
    };
    this.items.delete(id);
    this.items.set(id, entry);
    while (this.items.size > this.maxReports) {
      const first = this.items.keys().next().value;
      if (first === undefined) break;
      this.items.delete(first);
    }
    return entry;
  }

  get(id: string): StoredReport | undefined {
    const e = this.items.get(id);
    if (e) {
      // refresh recency
      this.items.delete(id);
      this.items.set(id, e);
    }
    return e;
  }

  ids(): string[] {
    return [...this.items.keys()];
  }

  /** Stores a figure under a content-derived id: the same computation always gets the same id. */
  addFigure(reportId: string, fig: Omit<Figure, "id">): Figure {
    const e = this.items.get(reportId);
    if (!e) throw new Error(`addFigure: unknown report ${reportId}`);
    const key = JSON.stringify([fig.op, fig.inputs.map((i) => [i.ref, i.role])]);
    const id = `F${createHash("sha256").update(key).digest("hex").slice(0, 6)}`;
    const full: Figure = { ...fig, id };
    e.figures.set(id, full);
    return full;
  }
}
