// The cause search on seed-based cases: each cause kind has a case built from a seed's gold cells
// (hand-read, not parsed) with one known slip introduced, and the diagnosis must name it.
import { describe, expect, it } from "vitest";
import { checkReport } from "../../check/index.js";
import { parseReport } from "../../core.js";
import type { Report } from "../../model/report.js";
import { seedCases } from "../../../test/helpers/gold.js";
import { arithmeticFindings, reportFromCells, seed } from "../__tests__/build.js";
import { diagnose, diagnoseArithmetic } from "./index.js";
import { subsetsSumming } from "./narrative.js";

const mutate = (prefix: string, changes: Record<string, number | null>): Report => {
  const { gold } = seed(prefix);
  return reportFromCells({ ...gold.cells, ...changes }, { issuer: gold.issuer, year: gold.year });
};

describe("seed 002: the 其他 column dropped from the outcome rows", () => {
  const { report } = seed("002");
  it("fails exactly the two row sums of the gold", () => {
    expect(diagnoseArithmetic(report).failing.sort()).toEqual(["B3:granted", "B3:total"]);
  });
  it("finds the missing column, and the 9 of 本年新收·其他 clears both row sums", () => {
    const best = diagnoseArithmetic(report).causes[0];
    expect(best?.kind).toBe("missing-column");
    expect(best?.data.column).toBe("other");
    expect(best?.data.newValue).toBe(9);
    expect(best?.data.diffs).toEqual([9, 9]);
    expect(best?.confidence).toBe("high");
    const filled = best?.changes.filter((c) => c.to !== 0);
    expect(filled).toEqual([
      { cell: "applications.granted.other", from: null, to: 9 },
      { cell: "applications.total.other", from: null, to: 9 },
    ]);
    expect(best?.clears.sort()).toEqual(["B3:granted", "B3:total"]);
  });
  it("with the checker's findings: the one cause clears both row-sum findings", () => {
    const findings = checkReport(report);
    const rowSums = findings.filter((f) => f.family === "row-sum");
    expect(rowSums.map((f) => f.cells[0]).sort()).toEqual(["applications.granted.total", "applications.total.total"]);
    const dx = diagnose(report, findings);
    for (const f of rowSums) {
      const c = dx.get(f.id)?.causes[0];
      expect(c?.kind).toBe("missing-column");
      expect(c?.clearsFindings.sort()).toEqual(rowSums.map((x) => x.id).sort());
    }
  });
  it("the fee: 元 entered as 万元", () => {
    const findings = checkReport(report);
    const fee = findings.find((f) => f.cells.includes("active.fees.amount_wan_yuan"));
    expect(fee).toBeDefined();
    const c = diagnose(report, findings).get(fee?.id ?? "")?.causes[0];
    expect(c?.kind).toBe("unit-slip");
    expect(c?.data).toMatchObject({ value: 5268464.2119, yi: 526.85, asYuanInWan: 526.85 });
    expect(c?.confidence).toBe("high");
  });
});

describe("fee with more than four decimals (seed 003's fee with two extra digits)", () => {
  it("is sub-元 residue, not a unit slip", () => {
    const report = mutate("003", { "active.fees.amount_wan_yuan": 4749.874215 });
    const fee = checkReport(report).find((f) => f.cells.includes("active.fees.amount_wan_yuan"));
    expect(fee?.messageId).toBe("fee-precision");
    const c = diagnose(report, fee ? [fee] : []).get(fee?.id ?? "")?.causes[0];
    expect(c?.kind).toBe("excess-decimals");
    expect(c?.data).toMatchObject({ value: 4749.874215, decimals: 6, rounded: 4749.8742 });
  });
});

describe("seed 003: narrative parts exceed the total by a subset of the parts", () => {
  it("173 = 170 + 3: 解读信息 and 行政规范性文件", async () => {
    const c003 = seedCases().find((c) => c.stem.startsWith("003"));
    const report = await parseReport({ path: c003?.file ?? "" });
    const findings = checkReport(report);
    const nsum = findings.find((f) => f.family === "narrative-sum");
    expect(nsum).toBeDefined();
    const c = diagnose(report, findings).get(nsum?.id ?? "")?.causes[0];
    expect(c?.kind).toBe("narrative-overlap");
    expect(c?.data.excess).toBe(173);
    expect(c?.data.values).toEqual([170, 3]);
    expect(c?.data.labels).toEqual(["解读信息", "行政规范性文件"]);
    expect(c?.data.rest).toEqual([33, 1742, 1932]);
    expect(c?.confidence).toBe("high");
  });
  it("subset search returns every exact subset, smallest first", () => {
    expect(subsetsSumming([33, 1742, 170, 3, 1932], 173)).toEqual([[2, 3]]);
    expect(subsetsSumming([5, 3, 2, 8], 5)).toEqual([[0], [1, 2]]);
    expect(subsetsSumming([1, 2], 7)).toEqual([]);
  });
});

describe("seed 000 with one wrong inner cell: the diagnosis names the cell and its original value", () => {
  const { gold } = seed("000");
  const cases: [string, number][] = [
    ["applications.granted.natural", 5],
    ["applications.denied.process_info.natural", 4],
    ["applications.unavailable.not_held.natural", 2],
    ["applications.partial.commercial", 3],
    ["applications.not_processed.repeat.social", 1],
  ];
  for (const [cell, wrong] of cases)
    it(`${cell}: ${gold.cells[cell]} → ${wrong}`, () => {
      const report = mutate("000", { [cell]: wrong });
      const findings = arithmeticFindings(report);
      expect(findings.length).toBeGreaterThanOrEqual(2);
      const dx = diagnose(report, findings);
      for (const f of findings) {
        const best = dx.get(f.id)?.causes[0];
        expect(best?.changes).toEqual([{ cell, from: wrong, to: gold.cells[cell] }]);
        expect(best?.confidence).toBe("high");
      }
    });
  it("the same through the real checker's findings", () => {
    const report = mutate("000", { "applications.granted.natural": 5 });
    const findings = checkReport(report).filter((f) => ["row-sum", "column-sum", "balance"].includes(f.family));
    expect(findings.length).toBe(2);
    const dx = diagnose(report, findings);
    for (const f of findings) expect(dx.get(f.id)?.causes[0]?.changes).toEqual([{ cell: "applications.granted.natural", from: 5, to: 8 }]);
  });
  it("never changes the report", () => {
    const report = mutate("000", { "applications.granted.natural": 5 });
    const before = JSON.stringify(report);
    diagnose(report, arithmeticFindings(report));
    expect(JSON.stringify(report)).toBe(before);
  });
});

describe("other causes, each on a seed with a known slip", () => {
  it("transposed digits: 15 typed as 51 (difference 36 = 9 × 4)", () => {
    const report = mutate("000", { "applications.new.natural": 51 });
    const best = diagnoseArithmetic(report).causes[0];
    expect(best?.kind).toBe("transposed-digits");
    expect(best?.changes).toEqual([{ cell: "applications.new.natural", from: 51, to: 15 }]);
    expect(best?.data).toMatchObject({ difference: 36, nines: 4 });
  });
  it("digits split across two cells: 15 printed as 1 | 5", () => {
    const report = mutate("000", { "applications.new.natural": 1, "applications.new.commercial": 5 });
    const best = diagnoseArithmetic(report).causes[0];
    expect(best?.kind).toBe("split-digits");
    expect(best?.changes).toEqual([
      { cell: "applications.new.natural", from: 1, to: 15 },
      { cell: "applications.new.commercial", from: 5, to: 0 },
    ]);
  });
  it("two cells joined: 7 and 1 read as 71", () => {
    // A consistent variant of seed 000 with one 商业企业 request (予以公开), then 7 | 1 run together.
    const base = { "applications.new.natural": 14, "applications.new.commercial": 1, "applications.granted.natural": 7, "applications.granted.commercial": 1, "applications.total.natural": 14, "applications.total.commercial": 1 };
    expect(diagnoseArithmetic(mutate("000", base)).failing).toEqual([]);
    const report = mutate("000", { ...base, "applications.granted.natural": 71, "applications.granted.commercial": null });
    const best = diagnoseArithmetic(report).causes[0];
    expect(best?.kind).toBe("joined-digits");
    expect(best?.changes).toEqual([
      { cell: "applications.granted.natural", from: 71, to: 7 },
      { cell: "applications.granted.commercial", from: null, to: 1 },
    ]);
  });
  it("a value typed in the neighbouring column", () => {
    const report = mutate("000", { "applications.granted.natural": 0, "applications.granted.commercial": 8 });
    const best = diagnoseArithmetic(report).causes[0];
    expect(best?.kind).toBe("neighbour");
    expect(best?.data.axis).toBe("column");
    expect(best?.clears.sort()).toEqual(["B2:commercial", "B2:natural"]);
  });
  it("a value typed in the neighbouring row", () => {
    // 8 予以公开 typed on the （二）部分公开 line.
    const report = mutate("000", { "applications.granted.natural": 0, "applications.granted.total": 0, "applications.partial.natural": 8, "applications.partial.total": 8 });
    const causes = diagnoseArithmetic(report).causes;
    expect(causes.length).toBe(0); // moved whole rows keep every identity: nothing to find, nothing invented
    const r2 = mutate("000", { "applications.granted.natural": 0, "applications.partial.natural": 8 });
    const best = diagnoseArithmetic(r2).causes[0];
    expect(best?.kind).toBe("neighbour");
    expect(best?.data.axis).toBe("row");
  });
  it("a total copied from last year's report", () => {
    const prev = seed("001").report; // 16 closed the year before
    const report = mutate("000", { "applications.total.total": 16 });
    const best = diagnoseArithmetic(report, prev).causes[0];
    expect(best?.kind).toBe("last-year");
    expect(best?.changes).toEqual([{ cell: "applications.total.total", from: 16, to: 15 }]);
    expect(best?.clears.length).toBeGreaterThanOrEqual(2);
    // Without last year's report the same change is only "one wrong cell".
    expect(diagnoseArithmetic(report).causes[0]?.kind).toBe("single-cell");
  });
  it("an ambiguous reading: the candidate that balances", () => {
    const report = mutate("000", { "applications.granted.natural": null });
    const cell = report.cells["applications.granted.natural"];
    if (cell) Object.assign(cell, { state: "ambiguous", raw: "81", candidates: [81, 8] });
    const best = diagnoseArithmetic(report).causes[0];
    expect(best?.kind).toBe("ambiguous-reading");
    expect(best?.changes[0]?.to).toBe(8);
  });
  it("a whole row wrong together: （七）总计 copied as 16 in 自然人 and 总计, the row itself still adding up", () => {
    const report = mutate("000", { "applications.total.natural": 16, "applications.total.total": 16 });
    expect(diagnoseArithmetic(report).failing.sort()).toEqual(["B1:natural", "B1:total", "B2:natural", "B2:total"]);
    const best = diagnoseArithmetic(report).causes[0];
    expect(best?.kind).toBe("whole-row");
    expect(best?.data.line).toBe("total");
    expect(best?.confidence).toBe("medium");
    expect(best?.changes).toEqual([
      { cell: "applications.total.natural", from: 16, to: 15 },
      { cell: "applications.total.total", from: 16, to: 15 },
    ]);
  });
  it("two unknowns, two failing sums, three rows that fit: no guess is offered", () => {
    const report = mutate("000", { "applications.carried_forward.natural": 2, "applications.carried_forward.total": 2 });
    const findings = arithmeticFindings(report);
    const rows = diagnoseArithmetic(report).causes.filter((c) => c.kind === "whole-row").map((c) => c.data.line);
    expect(rows.sort()).toEqual(["carried_forward", "carried_over", "new"]);
    for (const f of findings) expect(diagnose(report, findings).get(f.id)?.causes).toEqual([]);
  });
  it("one failing sum whose every cell could be the culprit: no guess is offered", () => {
    const report = mutate("000", { "review.total": 1 });
    const findings = arithmeticFindings(report);
    expect(findings.map((f) => f.cells[0])).toEqual(["review.total"]);
    expect(diagnose(report, findings).get(findings[0]?.id ?? "")?.causes).toEqual([]);
  });
  it("a clean report has nothing to diagnose", () => {
    for (const p of ["000", "001", "003", "004"]) expect(diagnoseArithmetic(seed(p).report)).toEqual({ failing: [], causes: [] });
  });
});
