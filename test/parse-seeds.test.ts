// The five seeds, read as text, against the hand-made gold (../shared/gold).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildReport } from "../src/extract/index.js";
import { ALL_CELL_IDS } from "../src/model/cells.js";
import { ReportSchema, type Report } from "../src/model/report.js";
import { readText } from "../src/read/text/index.js";
import { seedCases } from "./helpers/gold.js";

const cases = seedCases();
const parsed = new Map<string, Report>(
  cases.map((c) => [c.stem, buildReport(readText(readFileSync(c.file, "utf8"), { name: c.file, encoding: "utf-8", sha256: "x" }))]),
);
const report = (stem: string): Report => parsed.get(stem)!;
const byPrefix = (p: string) => cases.find((c) => c.stem.startsWith(p))!.stem;

describe("seed reports", () => {
  it("has all five seeds", () => expect(cases).toHaveLength(5));

  for (const c of cases) {
    describe(c.stem, () => {
      const r = report(c.stem);
      it("matches the report schema and lists all 200 cells", () => {
        expect(() => ReportSchema.parse(r)).not.toThrow();
        for (const id of ALL_CELL_IDS) expect(r.cells[id], id).toBeDefined();
      });
      it("reads every non-null gold cell exactly and claims nothing for null gold cells", () => {
        const wrong: string[] = [];
        for (const [id, g] of Object.entries(c.gold.cells)) {
          const v = r.cells[id]?.value ?? null;
          if (v !== g) wrong.push(`${id}: got ${v}, gold ${g}`);
        }
        expect(wrong).toEqual([]);
      });
      it("locates each number at its exact source offset", () => {
        for (const [id, g] of Object.entries(c.gold.cells)) {
          if (g === null) continue;
          const cell = r.cells[id]!;
          expect(cell.loc, id).toBeDefined();
          const printed = r.source.text.slice(cell.loc!.offset, cell.loc!.offset + cell.loc!.length);
          expect(Number(printed), id).toBe(g);
          const lines = r.source.text.slice(0, cell.loc!.offset).split("\n");
          expect(cell.loc!.line).toBe(lines.length);
          expect(cell.loc!.column).toBe(lines[lines.length - 1]!.length + 1);
        }
      });
      it("reads issuer, year and format", () => {
        expect(r.issuer).toBe(c.gold.issuer);
        expect(r.year).toBe(c.gold.year);
        expect(r.format).toBe("2021");
      });
      it("finds the six sections in order and the three tables", () => {
        expect(r.sections.map((s) => s.id)).toEqual(["overview", "active", "applications", "review_litigation", "problems", "other"]);
        for (const s of r.sections) expect(r.source.text.slice(s.textOffset, s.textOffset + s.text.length)).toBe(s.text);
        expect(r.tables.active.found && r.tables.applications.found && r.tables.review.found).toBe(true);
      });
    });
  }

  it("000: the column header 本年度止件数 is an error-level deviation naming both repealed cells", () => {
    const d = report(byPrefix("000")).deviations;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ kind: "column", seen: "本年度止件数", standard: "本年废止件数", severity: "error" });
    expect(d[0]!.cells.sort()).toEqual(["active.normative_documents.repealed", "active.regulations.repealed"]);
  });

  it("002: 其他法律法规禁止公开 is a warning-level row deviation naming the row's 7 cells", () => {
    const d = report(byPrefix("002")).deviations;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ kind: "row", standard: "2.其他法律行政法规禁止公开", severity: "warning" });
    expect(d[0]!.seen).toContain("其他法律法规禁止公开");
    expect(d[0]!.cells).toHaveLength(7);
    expect(d[0]!.cells.every((id) => id.startsWith("applications.denied.law_forbidden."))).toBe(true);
  });

  it("002: the dropped 其他 column is one missing-column issue with exactly the gold's 23 cells", () => {
    const r = report(byPrefix("002"));
    const gold = cases.find((c) => c.stem.startsWith("002"))!.gold.expected_findings.find((f) => f.family === "missing-column")!;
    const issues = r.issues.filter((i) => i.kind === "missing-column");
    expect(issues).toHaveLength(1);
    expect([...issues[0]!.cells].sort()).toEqual([...gold.cells].sort());
    expect(r.tables.applications.columns).not.toContain("other");
  });

  it("002: rows with five numbers are short rows, printed values kept, middle cells missing", () => {
    const r = report(byPrefix("002"));
    const short = r.issues.filter((i) => i.kind === "short-row");
    expect(short.map((i) => i.printed)).toEqual([
      [3, 0, 0, 0, 3],
      [34, 0, 0, 0, 34],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ]);
    expect(r.cells["applications.denied.third_party.commercial"]).toMatchObject({ value: null, state: "missing" });
  });

  it("no spurious deviations or issues on 001, 003, 004", () => {
    for (const p of ["001", "003", "004"]) {
      const r = report(byPrefix(p));
      expect(r.deviations, p).toEqual([]);
      expect(r.issues, p).toEqual([]);
    }
  });

  it("003: web chrome is not content; 发布时间 is the publication date", () => {
    const r = report(byPrefix("003"));
    expect(r.publishedAt).toBe("2025-01-23");
    const other = r.sections.find((s) => s.id === "other")!;
    expect(other.text).toContain("信息处理费");
    for (const w of ["责任编辑", "扫一扫", "关闭当前页面", "您访问的链接"]) expect(other.text).not.toContain(w);
    expect(r.sections.find((s) => s.id === "overview")!.text).not.toContain("分享到");
  });

  it("004: the traditional 郟 in the title is normalised in the issuer", () => {
    expect(report(byPrefix("004")).issuer).toBe("郏县李口镇人民政府");
  });
});
