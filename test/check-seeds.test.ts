// The checker against the hand-made gold of the five seeds: every required finding is reported in its
// family with (at least) its cells, and nothing else is reported at error severity. Run twice: on the
// real parse of each seed, and on a Report built from the gold cells plus the seed's prose (so a rule
// regression is told apart from a reader regression).
import { describe, expect, it } from "vitest";
import { checkReport } from "../src/check/index.js";
import { parseReport } from "../src/core.js";
import type { Finding } from "../src/model/finding.js";
import { type GoldCase, type GoldFinding, seedCases } from "./helpers/gold.js";
import { reportFromGold } from "./helpers/report.js";

const cases = seedCases();

function covers(f: Finding, g: GoldFinding): boolean {
  return f.family === g.family && g.cells.every((c) => f.cells.includes(c));
}

function assertAgainstGold(c: GoldCase, findings: Finding[], opts: { structure: boolean }) {
  const required = c.gold.expected_findings.filter((g) => !g.optional);
  // Label deviations and dropped columns are seen by the reader; the gold-built Report has none.
  const needed = opts.structure ? required : required.filter((g) => g.family !== "label-deviation");
  for (const g of needed) {
    const hit = findings.find((f) => covers(f, g));
    expect(hit, `${c.stem}: missing ${g.family} ${g.cells.join(",")} (${g.note ?? ""})`).toBeDefined();
  }
  // An error not in the gold is a false positive (optional gold entries are welcome).
  const extraErrors = findings.filter((f) => f.severity === "error" && !c.gold.expected_findings.some((g) => covers(f, g) || (g.family === f.family && g.cells.length === 0 && f.cells.length === 0)));
  expect(extraErrors.map((f) => `${f.rule} ${f.message}`), c.stem).toEqual([]);
  for (const f of findings) {
    expect(f.message, f.id).not.toMatch(/\{\{|\}\}/);
    expect(f.message, f.id).not.toMatch(/\b(applications|active|review|litigation_direct|litigation_after_review)\.[a-z_]+/);
    expect(f.id).toMatch(new RegExp(`^${f.rule.replace(/[-]/g, "\\-")}-[0-9a-f]{6}$`));
  }
}

describe.each(cases)("seed $stem", (c) => {
  it("parsed report: gold findings found, no false errors", async () => {
    const report = await parseReport({ path: c.file });
    assertAgainstGold(c, checkReport(report), { structure: true });
  });
  it("gold-cell report: the rules alone find the gold findings", () => {
    assertAgainstGold(c, checkReport(reportFromGold(c.gold)), { structure: false });
  });
  it("is deterministic: same ids on a second run", async () => {
    const report = await parseReport({ path: c.file });
    expect(checkReport(report).map((f) => f.id)).toEqual(checkReport(report).map((f) => f.id));
  });
});

describe("stable ids", () => {
  it("keep a finding's id when the numbers change in a corrected draft", async () => {
    const c = cases.find((x) => x.stem.startsWith("002")) as GoldCase;
    const report = await parseReport({ path: c.file });
    const before = checkReport(report).find((f) => f.rule === "B3" && f.cells[0] === "applications.granted.total");
    const cell = report.cells["applications.granted.total"];
    if (cell) cell.value = 47;
    const after = checkReport(report).find((f) => f.rule === "B3" && f.cells[0] === "applications.granted.total");
    expect(before?.id).toBeDefined();
    expect(after?.id).toBe(before?.id);
    expect(after?.actual).toBe(47);
  });
});
