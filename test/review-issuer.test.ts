// Issuer names → one key per body, from the names the gold files give (typed by people reading the
// reports), and the choice of each report's predecessor.
import { describe, expect, it } from "vitest";
import type { Report } from "../src/model/report.js";
import { issuerFromTitle, issuerKey } from "../src/review/issuer.js";
import { pairReports } from "../src/review/run.js";
import { corpusCases, seedCases } from "./helpers/gold.js";

const key = (n: string) => issuerKey(n)?.key;

describe("issuer keys", () => {
  it("treats a district government with or without its city prefix as one issuer", () => {
    expect(key("淮安市洪泽区人民政府")).toBe(key("洪泽区人民政府"));
    expect(key("江苏省淮安市洪泽区人民政府")).toBe(key("洪泽区人民政府"));
    expect(key("宿迁市沭阳县人民政府")).toBe(key("沭阳县人民政府"));
  });

  it("keeps a government, its office, and other bodies apart", () => {
    expect(key("洪泽区人民政府办公室")).not.toBe(key("洪泽区人民政府"));
    expect(key("修武县人民政府办公室")).not.toBe(key("修武县人民政府"));
    expect(key("上海市人民政府办公厅")).not.toBe(key("上海市人民政府"));
    expect(key("淮安市人民政府")).not.toBe(key("淮安市洪泽区人民政府"));
    // A department keeps its city: every city has a 科学技术委员会.
    expect(key("上海市科学技术委员会")).not.toBe(key("北京市科学技术委员会"));
    expect(key("上海市科学技术委员会")).not.toBe(key("上海市人民政府"));
  });

  it("reads a zone's 管委会 as its government, and the bare place name too", () => {
    expect(key("平潭综合实验区管委会")).toBe(key("平潭综合实验区"));
    expect(key("平潭综合实验区管理委员会")).toBe(key("平潭综合实验区"));
    expect(key("平潭综合实验区管委会办公室")).not.toBe(key("平潭综合实验区"));
  });

  it("does not cut a city name before its 市 (广州市, 杭州市), and maps variant characters (郟县)", () => {
    expect(issuerKey("广州市人民政府")?.place).toBe("广州市");
    expect(key("郟县李口镇人民政府")).toBe(key("郏县李口镇人民政府"));
  });

  it("gives the gold's 平潭 and 洪泽区 series one key each, and each other gold issuer its own", () => {
    const cases = [...seedCases(), ...corpusCases()];
    const keys = new Map<string, Set<string>>();
    for (const c of cases) {
      const k = key(c.gold.issuer);
      expect(k, c.gold.issuer).toBeTruthy();
      keys.set(k ?? "", new Set([...(keys.get(k ?? "") ?? []), c.stem]));
    }
    const pingtan = cases.filter((c) => c.stem.includes("pingtan")).map((c) => key(c.gold.issuer));
    expect(new Set(pingtan).size).toBe(1);
    const hongze = cases.filter((c) => c.stem.includes("hongze")).map((c) => key(c.gold.issuer));
    expect(hongze.length).toBe(2);
    expect(new Set(hongze).size).toBe(1);
    // 7 平潭 + 2 洪泽区 share keys; the 9 other reports are 9 other issuers.
    expect(keys.size).toBe(cases.length - 6 - 1);
  });

  it("falls back to the title when the issuer is not found", () => {
    expect(issuerFromTitle("平潭综合实验区2019年度政府信息公开工作年度报告")).toBe("平潭综合实验区");
    expect(issuerFromTitle("淮安市洪泽区人民政府 2023 年政府信息公开工作年度报告")).toBe("淮安市洪泽区人民政府");
    expect(issuerFromTitle(null)).toBeNull();
  });
});

function report(year: number, kind: Report["source"]["kind"], numbers: number): Report {
  const cells: Report["cells"] = {};
  for (let i = 0; i < numbers; i++) cells[`c${i}`] = { id: `c${i}`, value: i, state: "number" };
  return {
    source: { name: "x", kind, encoding: "utf-8", text: "", sha256: "0" },
    title: null,
    issuer: null,
    year,
    format: "2021",
    publishedAt: null,
    period: null,
    sections: [],
    cells,
    tables: { active: { found: true }, applications: { found: true, columns: [] }, review: { found: true } },
    deviations: [],
    issues: [],
  };
}

describe("pairing across years", () => {
  const item = (name: string, k: string | null, year: number, kind: Report["source"]["kind"] = "text", numbers = 10) => ({
    key: k,
    report: report(year, kind, numbers),
    source: { name },
  });

  it("pairs each report with the year before only, of the same issuer", () => {
    const a19 = item("a19", "A", 2019);
    const a20 = item("a20", "A", 2020);
    const a22 = item("a22", "A", 2022);
    const b21 = item("b21", "B", 2021);
    const n = item("n", null, 2021);
    const prev = pairReports([a19, a20, a22, b21, n]);
    expect(prev.get(a20)).toBe(a19);
    expect(prev.has(a19)).toBe(false);
    expect(prev.has(a22)).toBe(false); // 2021 missing: no jump over a gap
    expect(prev.has(b21)).toBe(false);
    expect(prev.has(n)).toBe(false);
  });

  it("picks, among copies of last year's report, the same kind of file, else the fullest read", () => {
    const raw = item("2023 raw.txt", "H", 2023, "text", 150);
    const pdf = item("2023.pdf", "H", 2023, "pdf", 120);
    const layout = item("2023 layout.txt", "H", 2023, "text", 190);
    const next = item("2024.pdf", "H", 2024, "pdf");
    const nextTxt = item("2024.txt", "H", 2024, "text");
    const prev = pairReports([raw, pdf, layout, next, nextTxt]);
    expect(prev.get(next)).toBe(pdf);
    expect(prev.get(nextTxt)).toBe(layout);
  });
});
