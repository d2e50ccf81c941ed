// Explanations of every finding of every seed (parsed by the real reader, checked by the real
// checker) and of mutated gold reports: printed labels only, no internal ids or JSON paths, and
// every number either a number of the report or the result of arithmetic shown in the text.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkReport } from "../check/index.js";
import { parseReport } from "../core.js";
import type { Finding } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { corpusCases, seedCases } from "../../test/helpers/gold.js";
import { arithmeticFindings, reportFromCells, seed } from "./__tests__/build.js";
import { explainFindings, findFinding } from "./explain.js";
import type { Explanation, Lang } from "./types.js";

const texts = (e: Explanation): string[] => [e.title, e.what, e.why, e.numbers ?? "", ...e.causes.map((c) => c.text), ...e.fix, ...e.assumptions];
/** Our own wording: for non-arithmetic findings `what` is the checker's one-line message (src/explain/messages.ts). */
const ownText = (e: Explanation): string => [e.numbers ? e.what : "", e.why, e.numbers ?? "", ...e.causes.map((c) => c.text), ...e.fix].join("\n");

// Internal cell ids, JSON paths, rule keys, peer-style 左值/右值.
const FORBIDDEN = [
  /\b(applications|active2019|active|review|litigation_direct|litigation_after_review)\.[a-z_]/,
  /\b[a-z]+[A-Z][a-zA-Z]*\.[a-z]/, // tableData.naturalPerson…
  /\b[a-z_]+\.[a-z_]+\.[a-z_]+\b/,
  /\bB\d:|\bC\d:/,
  /左值|右值|undefined|NaN|\[object/,
];

function reportNumbers(report: Report): Set<number> {
  const s = new Set<number>();
  for (const c of Object.values(report.cells)) if (c.value !== null) s.add(c.value);
  for (const m of report.source.text.matchAll(/\d+(?:\.\d+)?/g)) s.add(Number(m[0]));
  // A corrected quotation of the report's own digits ("〔2020109号" → "〔2020〕109号").
  for (const m of report.source.text.matchAll(/\d{5,}/g)) for (let i = 1; i < m[0].length; i++) s.add(Number(m[0].slice(0, i))).add(Number(m[0].slice(i)));
  return s;
}

/** Numbers in a text that are neither the report's nor shown as the result of arithmetic in it. */
function unexplainedNumbers(text: string, known: Set<number>): number[] {
  const nums = [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  // Everything right of "=" or "≈" is arithmetic shown (e.g. "36 = 9 × 4").
  const shown = new Set([...text.matchAll(/[=≈]\s*([\d.\s×÷+−-]+)/g)].flatMap((m) => [...(m[1] ?? "").matchAll(/\d+(?:\.\d+)?/g)].map((x) => Number(x[0]))));
  const pool = nums.filter((n) => known.has(n) || shown.has(n));
  const diffs = new Set<number>();
  for (const a of pool) for (const b of pool) diffs.add(Math.round(Math.abs(a - b) * 1e4) / 1e4);
  // The constants of the unit conversion and the digit-swap test, shown in their formulas.
  const constants = new Set([9, 10000, 1, 0.0001]);
  return nums.filter((n) => !known.has(n) && !shown.has(n) && !diffs.has(n) && !constants.has(n));
}

function checkAll(report: Report, findings: Finding[], lang: Lang): Explanation[] {
  const ex = explainFindings(report, findings, { lang });
  expect(ex.length).toBe(findings.length);
  const known = reportNumbers(report);
  for (const e of ex) {
    for (const t of texts(e)) for (const re of FORBIDDEN) expect(t, `${e.findingId}: ${t}`).not.toMatch(re);
    const own = ownText(e);
    expect(unexplainedNumbers(own, known), `${e.findingId}: ${own}`).toEqual([]);
  }
  return ex;
}

describe("explanations of every seed (real reader and checker)", async () => {
  const cases = await Promise.all(
    seedCases().map(async (c) => {
      const report = await parseReport({ path: c.file });
      return { stem: c.stem, report, findings: checkReport(report) };
    }),
  );
  for (const { stem, report, findings } of cases)
    for (const lang of ["zh", "en"] as const)
      it(`${stem} (${lang}): printed labels only, every number traceable`, () => {
        const ex = checkAll(report, findings, lang);
        for (const e of ex) {
          expect(e.what.length).toBeGreaterThan(5);
          expect(e.why.length).toBeGreaterThan(5);
          expect(e.fix.length).toBeGreaterThan(0);
        }
      });

  it("002: the row sums explain where, the rule, the arithmetic and the dropped 其他 column", () => {
    const c = cases.find((x) => x.stem.startsWith("002"));
    if (!c) throw new Error("no 002");
    const ex = explainFindings(c.report, c.findings);
    const granted = ex.find((e) => e.family === "row-sum" && e.what.includes("「（一）予以公开」行「总计」列"));
    expect(granted?.what).toContain("收到和处理政府信息公开申请情况表");
    expect(granted?.numbers).toMatch(/^37 \+ 0 \+ 0 \+ 0 \+ 0 = 37.*而总计为 46，相差 9$/);
    expect(granted?.why).toContain("各列之和应等于「总计」列");
    expect(granted?.causes[0]?.confidence).toBe("high");
    expect(granted?.causes[0]?.text).toContain("「其他」为 9");
    const total = ex.find((e) => e.family === "row-sum" && e.what.includes("「（七）总计」行「总计」列"));
    expect(total?.numbers).toMatch(/^87 \+ 2 \+ 0 \+ 0 \+ 0 = 89.*而总计为 98，相差 9$/);
    expect(granted?.causes[0]?.alsoClears.map((x) => x.id)).toEqual([total?.findingId]);
    expect(granted?.fix.join("")).toContain("「（一）予以公开」行「其他」列补 9");
    const column = ex.find((e) => e.family === "missing-column");
    expect(column?.causes[0]?.text).toContain("「其他」为 9");
    const fee = ex.find((e) => e.family === "implausible-value");
    expect(fee?.causes[0]?.text).toContain("5268464.2119 ÷ 10000 ≈ 526.85");
  });

  it("003: the narrative breakdown shows 173 = 170 + 3 and names the two parts", () => {
    const c = cases.find((x) => x.stem.startsWith("003"));
    if (!c) throw new Error("no 003");
    const e = explainFindings(c.report, c.findings).find((x) => x.family === "narrative-sum");
    expect(e?.causes[0]?.text).toContain("33 + 1742 + 170 + 3 + 1932 = 3880");
    expect(e?.causes[0]?.text).toContain("173 = 170 + 3");
    expect(e?.causes[0]?.text).toContain("「解读信息」和「行政规范性文件」");
    expect(e?.causes[0]?.text).toContain("33 + 1742 + 1932 = 3707");
  });
});

describe("explanations of the real corpus (text forms)", async () => {
  const cases = await Promise.all(
    corpusCases()
      .filter((c) => !c.file.endsWith(".pdf"))
      .map(async (c) => {
        const report = await parseReport({ path: c.file });
        return { stem: c.stem, report, findings: checkReport(report) };
      }),
  );
  for (const { stem, report, findings } of cases)
    it(`${stem}: printed labels only, every number traceable`, () => {
      checkAll(report, findings, "zh");
    });
});

describe("explanations of mutated gold reports", () => {
  const { gold } = seed("000");
  const mutations: Record<string, number | null>[] = [
    { "applications.granted.natural": 5 },
    { "applications.new.natural": 51 },
    { "applications.new.natural": 1, "applications.new.commercial": 5 },
    { "applications.granted.natural": 0, "applications.granted.commercial": 8 },
    { "review.upheld": 2, "litigation_direct.total": 3 },
    { "applications.total.natural": 14, "applications.carried_forward.total": 2 },
  ];
  for (const m of mutations)
    for (const lang of ["zh", "en"] as const)
      it(`${Object.keys(m).join(", ")} (${lang})`, () => {
        const report = reportFromCells({ ...gold.cells, ...m });
        const findings = arithmeticFindings(report);
        expect(findings.length).toBeGreaterThan(0);
        checkAll(report, findings, lang);
      });

  it("one wrong cell: the cause names the cell in printed labels, with the printed and the original value", () => {
    const report = reportFromCells({ ...gold.cells, "applications.granted.natural": 5 });
    const ex = explainFindings(report, arithmeticFindings(report));
    for (const e of ex) {
      expect(e.causes[0]?.text).toContain("「（一）予以公开」行「自然人」列的 5 填错了，应为 5 + 3 = 8");
      expect(e.fix.join("")).toContain("由 5 改为 8");
    }
    const rule = ex.find((e) => e.family === "column-sum")?.why;
    expect(rule).toContain("本列（「自然人」列）");
  });

  it("a B1 finding states the printed rule in words", () => {
    const report = reportFromCells({ ...gold.cells, "applications.carried_forward.total": 2, "applications.carried_forward.natural": 2 });
    const e = explainFindings(report, arithmeticFindings(report)).find((x) => x.family === "balance");
    expect(e?.why).toContain("第一项加第二项之和应等于第三项加第四项之和");
    expect(e?.numbers).toBe("15 + 0 = 15，而 15 + 2 = 17，相差 2");
  });
});

describe("end to end on a mutated seed text", () => {
  it("seed 000 with 予以公开·自然人 printed as 5: the real reader and checker, then the cause names the cell and its original 8", async () => {
    const c = seedCases().find((x) => x.stem.startsWith("000"));
    const text = readFileSync(c?.file ?? "", "utf8");
    const line = "三、本年度办理结果\t(一) 予以公开\t8\t0\t0\t0\t0\t0\t8";
    expect(text).toContain(line);
    const report = await parseReport({ text: text.replace(line, line.replace("予以公开\t8", "予以公开\t5")), name: "000-mutated.txt" });
    expect(report.cells["applications.granted.natural"]?.value).toBe(5);
    const findings = checkReport(report).filter((f) => ["row-sum", "column-sum", "balance"].includes(f.family));
    expect(findings.length).toBe(2);
    for (const e of explainFindings(report, findings)) {
      expect(e.causes[0]?.text).toContain("「（一）予以公开」行「自然人」列的 5 填错了，应为 5 + 3 = 8");
      expect(e.causes[0]?.confidence).toBe("high");
      expect(e.causes[0]?.alsoClears.length).toBe(1);
    }
  });
});

describe("finding lookup", () => {
  const fs = [{ id: "B3-aaaaaa" }, { id: "F3-bbbbbb" }, { id: "N-SUM-cccccc" }] as Finding[];
  it("by stable id or by 1-based number", () => {
    expect(findFinding(fs, "F3-bbbbbb")).toBe(1);
    expect(findFinding(fs, "3")).toBe(2);
    expect(findFinding(fs, "0")).toBe(-1);
    expect(findFinding(fs, "4")).toBe(-1);
    expect(findFinding(fs, "X-1")).toBe(-1);
  });
});
