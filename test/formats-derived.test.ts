// The seeds rebuilt as .docx / .html / .pdf: every table cell the gold gives must come out of the
// reader in its own grid cell, on the row of its label (merged cells already expanded).
import { describe, expect, it } from "vitest";
import { readDocument } from "../src/read/index.js";
import { gridMismatches } from "./formats-gold.js";
import { corpusCases, derivedCases } from "./helpers/gold.js";

const cases = derivedCases();

describe.each(["docx", "html", "pdf"])("derived %s", (ext) => {
  for (const c of cases.filter((x) => x.stem.endsWith(`.${ext}`))) {
    it(`${c.stem}: table cells match the gold`, { timeout: 30_000 }, async () => {
      const doc = await readDocument({ path: c.file });
      expect(doc.kind).toBe(ext);
      expect(gridMismatches(doc, c.gold)).toEqual([]);
      // The row holding （一）予以公开 carries the gold numbers in separate cells, in order.
      const row = doc.lines.find((l) => l.kind === "row" && l.cells.some((t) => /予以公开/.test(t.text) && !/不予/.test(t.text)));
      expect(row).toBeDefined();
      const nums = row!.cells.filter((t) => /^\d+$/.test(t.text)).map((t) => Number(t.text));
      const want = ["natural", "commercial", "research", "social", "legal", "other", "total"]
        .map((k) => c.gold.cells[`applications.granted.${k}`])
        .filter((v): v is number => v !== null && v !== undefined);
      expect(nums).toEqual(want);
      // Every location points at its own text in Document.text.
      for (const l of doc.lines)
        for (const t of l.cells) if (t.text) expect(doc.text.slice(t.loc.offset, t.loc.offset + t.loc.length)).toBe(t.text);
    });
  }
});

const COLUMN_NAMES = [/^自然人$/, /^商业企业$/, /^科研机构$/, /^社会公益组织$/, /^法律服务机构$/, /^(其他)?$/, /^总计$/];

/** The 申请 table's column-name row: its last seven cells name the seven columns, in order. */
function hasColumnNames(doc: Awaited<ReturnType<typeof readDocument>>): boolean {
  return doc.lines.some(
    (l) => l.kind === "row" && l.cells.length >= 7 && l.cells.slice(-7).every((t, i) => COLUMN_NAMES[i]!.test(t.text.replace(/\s/g, ""))),
  );
}

describe("PDF table headers", () => {
  for (const c of [...cases.filter((x) => x.stem.endsWith(".pdf")), ...corpusCases().filter((x) => x.file.endsWith(".pdf"))]) {
    it(`${c.stem}: wrapped column names come back whole, one per value column`, { timeout: 30_000 }, async () => {
      expect(hasColumnNames(await readDocument({ path: c.file }))).toBe(true);
    });
  }
});

describe("real WPS PDFs", () => {
  for (const c of corpusCases().filter((x) => x.file.endsWith(".pdf"))) {
    it(`${c.stem}: every gold cell in its own grid cell`, { timeout: 30_000 }, async () => {
      const doc = await readDocument({ path: c.file });
      expect(doc.kind).toBe("pdf");
      expect(gridMismatches(doc, c.gold)).toEqual([]);
      // The 申请 table: rows of 7 separate numbers (digits never split, numbers never joined).
      const rows = doc.lines.filter((l) => l.kind === "row" && l.cells.slice(-7).every((t) => /^\d+$/.test(t.text)));
      expect(rows.length).toBeGreaterThanOrEqual(20);
      const totals = rows.find((l) => l.cells.some((t) => /总计/.test(t.text)))!;
      const want = ["natural", "commercial", "research", "social", "legal", "other", "total"].map((k) => c.gold.cells[`applications.total.${k}`]);
      expect(totals.cells.slice(-7).map((t) => Number(t.text))).toEqual(want);
      // Page footers ("- 4 -") are gone, and table cells carry page and box.
      expect(doc.text).not.toMatch(/^-\s*\d+\s*-$/m);
      expect(totals.cells.at(-1)!.loc.page).toBeGreaterThan(0);
      expect(totals.cells.at(-1)!.loc.box).toBeDefined();
    });
  }
});

describe("publisher metadata outside the text", () => {
  it("003: PubDate from <meta> (.html) and the custom property (.docx), never in the text", async () => {
    for (const ext of ["html", "docx"]) {
      const doc = await readDocument({ path: `${cases[0]!.file.replace(/[^/]+$/, "")}003_b41b80c613413d2c.${ext}` });
      expect(doc.meta?.PubDate).toBe("2025-01-23 17:13");
      expect(doc.meta?.ArticleTitle).toBe("确山县人民政府2024年政府信息公开工作年度报告");
      expect(doc.text).not.toContain("2025-01-23");
    }
  });
});
