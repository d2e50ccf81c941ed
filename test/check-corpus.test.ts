// The checker on the 13 real reports of the corpus, against their hand-read gold: no error-severity
// finding the gold does not list (optional entries count as welcome), and every required finding
// found. Where the reader leaves a finding's own cells unread, the rules are held to the finding on a
// Report built from the gold cells instead, so a reader gap is told apart from a rule gap.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkReport } from "../src/check/index.js";
import { parseReport } from "../src/core.js";
import type { Finding } from "../src/model/finding.js";
import type { Report } from "../src/model/report.js";
import { type GoldCase, type GoldFinding, SEEDS_DIR, corpusCases, derivedCases } from "./helpers/gold.js";
import { reportFromGold } from "./helpers/report.js";

const covers = (f: Finding, g: GoldFinding) => f.family === g.family && g.cells.every((c) => f.cells.includes(c));

// The seeds rendered as .docx/.html/.pdf are held to the seed's gold the same way.
const cases: (GoldCase & { text: string })[] = [
  ...corpusCases().map((c) => ({ ...c, text: c.file.endsWith(".pdf") ? c.file.replace(/\.pdf$/, ".pdftotext_raw.txt") : c.file })),
  ...derivedCases().map((c) => ({ ...c, text: join(SEEDS_DIR, c.gold.source) })),
];

// The same issuer's report of the year before, when the corpus has it (the 平潭 and 洪泽 series).
const series = (stem: string) => stem.replace(/^\d{4}_/, "").replace(/_2019format$/, "");
const previousOf = (c: GoldCase) => corpusCases().find((p) => p.stem !== c.stem && series(p.stem) === series(c.stem) && p.gold.year === c.gold.year - 1);

describe.each(cases)("corpus $stem", (c) => {
  it("reports the gold findings and no error the gold does not list", async () => {
    const report = await parseReport({ path: c.file });
    const prev = c.file.includes("/corpus/real/") ? previousOf(c) : undefined;
    const findings = checkReport(report, prev ? { previous: await parseReport({ path: prev.file }) } : {});
    const extra = findings.filter((f) => f.severity === "error" && !c.gold.expected_findings.some((g) => covers(f, g)));
    expect(extra.map((f) => `${f.rule} ${f.message}`)).toEqual([]);
    let fromGold: Finding[] | null = null;
    for (const g of c.gold.expected_findings.filter((x) => !x.optional)) {
      if (findings.some((f) => covers(f, g))) continue;
      // A label deviation exists for the checker only if the reader recorded one: nothing to forward is a reader gap.
      if (g.family === "label-deviation" && !report.deviations.some((d) => g.cells.every((id) => d.cells.includes(id)))) continue;
      const unread = g.cells.some((id) => report.cells[id]?.value === null && c.gold.cells[id] !== null);
      expect(unread, `${c.stem}: missing ${g.family} ${g.cells.join(",")} (${g.note ?? ""})`).toBe(true);
      if (!existsSync(c.text)) continue;
      fromGold ??= checkReport(reportFromGold(c.gold, c.text) as Report);
      expect(fromGold.some((f) => covers(f, g)), `${c.stem}: rules miss ${g.family} even on gold cells`).toBe(true);
    }
  });
});
