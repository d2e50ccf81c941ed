// End to end through the report builder: every derived .docx/.html/.pdf, the .doc fixtures and
// the three real WPS PDFs parse to their gold (all non-null cells exact, nothing for null cells).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseReport } from "../src/core.js";
import { ReportSchema } from "../src/model/report.js";
import { type GoldCase, REPO_ROOT, corpusCases, derivedCases, seedCases } from "./helpers/gold.js";

const cases: GoldCase[] = [
  ...derivedCases(),
  ...seedCases().map((c) => ({ ...c, stem: `${c.stem}.doc`, file: join(REPO_ROOT, "test/fixtures/formats/doc", `${c.stem}.doc`) })),
  ...corpusCases().filter((c) => c.file.endsWith(".pdf")),
];

describe("every format through the report builder", () => {
  for (const c of cases) {
    it(`${c.stem} parses to its gold`, { timeout: 30_000 }, async () => {
      const r = await parseReport({ path: c.file });
      const wrong: string[] = [];
      for (const [id, want] of Object.entries(c.gold.cells)) {
        const got = r.cells[id]?.value ?? null;
        if (got !== want) wrong.push(`${id}: got ${got}, gold ${want}`);
      }
      expect(wrong).toEqual([]);
      expect(r.year).toBe(c.gold.year);
      // Locations are finite numbers: the model survives a JSON round trip (bot state, review cache).
      expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(r))).success).toBe(true);
      // Values located in the document's own text.
      const granted = r.cells["applications.granted.total"]!;
      if (granted.value !== null) expect(Number(r.source.text.slice(granted.loc!.offset, granted.loc!.offset + granted.loc!.length))).toBe(granted.value);
    });
  }
});

describe("label deviations survive every format", () => {
  for (const c of derivedCases()) {
    const wanted = c.gold.expected_findings.filter((f) => f.family === "label-deviation" && !f.optional);
    if (wanted.length === 0) continue;
    it(`${c.stem}: the gold's label deviations are found`, async () => {
      const r = await parseReport({ path: c.file });
      for (const w of wanted) expect(r.deviations.some((d) => w.cells.every((id) => d.cells.includes(id)))).toBe(true);
    });
  }
});
