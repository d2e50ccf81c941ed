// The real corpus in its text forms (pdftotext -layout/raw, pdf2md, OCR markdown, flattened crawler
// text), against the hand-read gold of ../shared/gold/corpus. A wrong value is much worse than a
// null: the parser must never claim a value the gold does not have.
import { existsSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { buildReport } from "../src/extract/index.js";
import { ReportSchema } from "../src/model/report.js";
import { readText } from "../src/read/text/index.js";
import { corpusCases, type GoldCase } from "./helpers/gold.js";

/** Gold of a PDF also describes its pdftotext renderings. */
function textCases(): GoldCase[] {
  return corpusCases().flatMap((c) =>
    c.file.endsWith(".pdf")
      ? [".pdftotext_layout.txt", ".pdftotext_raw.txt"]
          .map((ext) => ({ ...c, stem: c.stem + ext, file: c.file.replace(/\.pdf$/, ext) }))
          .filter((x) => existsSync(x.file))
      : [c],
  );
}

/**
 * Gold cells a text form cannot settle. Every other non-null gold cell must be read exactly; these
 * must stay null as ambiguous, with the gold value among their candidates and an issue naming them.
 */
const OPEN: Record<string, { cells: RegExp; why: string }> = {
  "2024_jiangsu_huaian_city_gov.pdftotext_raw.txt": {
    cells: /^litigation_(direct|after_review)\./,
    why: "reading order scrambles the two 行政诉讼 blocks and the prose names only their sum (46)",
  },
};

const rows: string[] = [];
afterAll(() => {
  // The measurement the brief asks for: per file, gold cells read exactly and values claimed wrongly.
  console.log(`\n${"file".padEnd(62)} right / non-null gold   wrong\n${rows.join("\n")}`);
});

describe("real corpus, text forms", () => {
  const cases = textCases();
  it("covers the text and Markdown files of the corpus", () => expect(cases.length).toBeGreaterThanOrEqual(16));

  for (const c of cases) {
    it(c.stem, () => {
      const text = readFileSync(c.file, "utf8");
      const r = buildReport(readText(text, { name: c.file, encoding: "utf-8", sha256: "x" }));
      expect(() => ReportSchema.parse(r)).not.toThrow();
      let right = 0;
      let goldValues = 0;
      const wrong: string[] = [];
      for (const [id, g] of Object.entries(c.gold.cells)) {
        const v = r.cells[id]?.value ?? null;
        if (g !== null) goldValues++;
        if (g !== null && v === g) right++;
        else if (v !== null) wrong.push(`${id}: got ${v}, gold ${g}`);
      }
      rows.push(`${c.stem.padEnd(62)} ${String(right).padStart(5)} / ${String(goldValues).padEnd(12)} ${wrong.length}`);
      expect(wrong).toEqual([]);
      // Full reads: a gold cell left unread must be one the text cannot settle (OPEN), and say so.
      const open = OPEN[c.stem];
      const unread = Object.entries(c.gold.cells).filter(([id, g]) => g !== null && r.cells[id]?.value !== g);
      for (const [id, g] of unread) {
        expect(open?.cells.test(id), `${id} (gold ${g}) is not read: ${r.cells[id]?.note ?? ""}`).toBe(true);
        expect(r.cells[id]?.state, `${id}: ${open?.why}`).toBe("ambiguous");
        expect(r.cells[id]?.candidates).toContain(g);
        expect(r.issues.some((i) => i.kind === "ambiguous-cell" && i.cells.includes(id))).toBe(true);
      }
      expect(r.year).toBe(c.gold.year);
      // Label deviations the gold requires: one naming the gold's cells, or a heading deviation.
      for (const f of c.gold.expected_findings.filter((x) => x.family === "label-deviation" && !x.optional)) {
        if (f.cells.length === 0) expect(r.deviations.some((d) => d.kind === "heading"), f.note).toBe(true);
        else expect(r.deviations.some((d) => f.cells.every((id) => d.cells.includes(id))), f.note).toBe(true);
      }
      expect(r.format).toBe(c.gold.format);
      // Structural findings the gold requires are reported as issues naming the gold's cells.
      for (const f of c.gold.expected_findings.filter((x) => (x.family === "missing-cell" || x.family === "missing-column") && !x.optional)) {
        expect(r.issues.some((i) => i.kind === f.family && f.cells.every((id) => i.cells.includes(id))), f.note).toBe(true);
      }
      // Each table is found, or an issue says precisely what could not be read.
      for (const t of ["active", "applications", "review"] as const) {
        const unread = Object.values(r.cells).filter((x) => x.value === null && x.state !== "blank" && x.state !== "slash" && tableOf(x.id) === t);
        if (!r.tables[t].found) expect(r.issues.some((i) => i.kind === "missing-table" && i.table === t)).toBe(true);
        else if (unread.length > 0 && !(t === "active" && r.format === "2019")) {
          const covered = new Set(r.issues.filter((i) => i.table === t).flatMap((i) => i.cells));
          const uncovered = unread.filter((x) => !covered.has(x.id) && !x.note);
          expect(uncovered.map((x) => x.id)).toEqual([]);
        }
      }
    });
  }
});

function tableOf(id: string): "active" | "applications" | "review" {
  if (id.startsWith("active")) return "active";
  if (id.startsWith("applications.")) return "applications";
  return "review";
}
