// Report builder behaviour beyond the gold files: states of unfilled cells, format recognition,
// and bad input. Inputs are the real seeds/corpus with one controlled change each.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_CELL_IDS } from "../model/cells.js";
import { ReportSchema } from "../model/report.js";
import { readText } from "../read/text/index.js";
import { CORPUS_REAL, SEEDS_DIR, seedCases } from "../../test/helpers/gold.js";
import { buildReport } from "./index.js";
import { statedPeriod, yearFromPeriod } from "./meta.js";

const meta = { name: "t.txt", encoding: "utf-8", sha256: "x" };
const build = (text: string) => buildReport(readText(text, meta));
const seed001 = readFileSync(join(SEEDS_DIR, "001_2b0699a3dfee169a.txt"), "utf8");

describe("unfilled cells", () => {
  it('"/", "—" and "无" are state slash, blank cells state blank; never 0; reported as missing-cell', () => {
    // 001 row 二: 二、上年结转…数量\t\t0\t0\t0\t0\t0\t0\t0\t
    const text = seed001.replace("二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0", "二、上年结转政府信息公开申请数量\t\t/\t—\t无\t\t0\t0\t0");
    const r = build(text);
    expect(r.cells["applications.carried_over.natural"]).toMatchObject({ value: null, state: "slash", raw: "/" });
    expect(r.cells["applications.carried_over.commercial"]).toMatchObject({ value: null, state: "slash" });
    expect(r.cells["applications.carried_over.research"]).toMatchObject({ value: null, state: "slash", raw: "无" });
    expect(r.cells["applications.carried_over.social"]).toMatchObject({ value: null, state: "blank" });
    expect(r.cells["applications.carried_over.total"]).toMatchObject({ value: 0, state: "number" });
    const issue = r.issues.find((i) => i.kind === "missing-cell" && i.table === "applications")!;
    expect(issue.cells.sort()).toEqual(
      ["natural", "commercial", "research", "social"].map((c) => `applications.carried_over.${c}`).sort(),
    );
  });

  it("a row with fewer numbers is a short row: first = 自然人, last = 总计, the rest missing", () => {
    const text = seed001.replace("→".repeat(0) + "(七) 总计\t16\t0\t0\t0\t0\t0\t16", "(七) 总计\t16\t0\t0\t16");
    const r = build(text);
    expect(r.cells["applications.total.natural"]!.value).toBe(16);
    expect(r.cells["applications.total.total"]!.value).toBe(16);
    for (const c of ["commercial", "research", "social", "legal", "other"]) expect(r.cells[`applications.total.${c}`]).toMatchObject({ value: null, state: "missing" });
    expect(r.issues.find((i) => i.kind === "short-row")!.printed).toEqual([16, 0, 0, 16]);
  });
});

describe("format recognition", () => {
  const pingtan2019 = readFileSync(join(CORPUS_REAL, "2019_fujian_pingtan_zone_flattened_2019format.txt"), "utf8");

  it("a 2019-format report maps to active2019 ids, keeps active ids null, no outdated-format for 2019", () => {
    const r = build(pingtan2019);
    expect(r.format).toBe("2019");
    for (const id of ALL_CELL_IDS.filter((x) => x.startsWith("active."))) expect(r.cells[id]!.value).toBeNull();
    expect(r.cells["active2019.regulations.new_made"]).toBeDefined();
    expect(r.cells["applications.other.no_correction.total"]!.value).toBeNull();
    expect(r.issues.some((i) => i.kind === "outdated-format")).toBe(false);
  });

  it("2019 tables in a report for 2021 or later are an outdated-format issue", () => {
    const r = build(pingtan2019.replaceAll("2019年度政府信息公开工作年度报告", "2022年度政府信息公开工作年度报告"));
    expect(r.year).toBe(2022);
    expect(r.format).toBe("2019");
    expect(r.issues.some((i) => i.kind === "outdated-format")).toBe(true);
  });

  it("a 2021 report printing （六） as one row: values under other.other, missing-cell on the 14 sub-item cells", () => {
    const text = seed001
      .replace(/\(六\) 其他处理\t1\.申请人[^\n]*\n\t2\.申请人[^\n]*\n\t3\.其他\t4\t0\t0\t0\t0\t0\t4\t/, "(六) 其他处理\t4\t0\t0\t0\t0\t0\t4");
    const r = build(text);
    expect(r.cells["applications.other.other.total"]!.value).toBe(4);
    expect(r.cells["applications.other.no_correction.total"]!.value).toBeNull();
    const issue = r.issues.find((i) => i.kind === "missing-cell")!;
    expect(issue.cells).toHaveLength(14);
  });
});

describe("damaged seeds never give wrong values", () => {
  const damage: [string, (t: string) => string][] = [
    ["headings of 四 and 五 removed", (t) => t.replace("四、政府信息公开行政复议、行政诉讼情况", "").replace("五、存在的主要问题及改进情况", "")],
    ["all tabs turned into single spaces", (t) => t.replaceAll("\t", " ")],
    ["every line break doubled", (t) => t.replaceAll("\n", "\n\n")],
    ["row label 予以公开 lost", (t) => t.replace("予以公开", "")],
  ];
  for (const c of seedCases())
    for (const [what, f] of damage)
      it(`${c.stem}: ${what}`, () => {
        const r = build(f(readFileSync(c.file, "utf8")));
        const wrong = Object.entries(c.gold.cells).filter(([id, g]) => {
          const v = r.cells[id]?.value ?? null;
          return v !== null && v !== g;
        });
        expect(wrong).toEqual([]);
      });
});

describe("bad input never crashes", () => {
  it.each(["", "\n\n\n", "hello world", "一、总体情况", "本年新收政府信息公开申请数量 1 2 3", "| | |\n|---|---|", "\t\t\t\n\t0"])(
    "%j → a schema-valid report with missing tables",
    (t) => {
      const r = build(t);
      expect(() => ReportSchema.parse(r)).not.toThrow();
      expect(Object.keys(r.cells)).toHaveLength(200);
      expect(Object.values(r.cells).every((c) => c.value === null || t.includes(String(c.value)))).toBe(true);
    },
  );

  it("garbage of realistic size stays fast and claims nothing", () => {
    const chars = "一二三四五六七八九十本年新收政府信息公开申请数量其他总计0123456789 \n\t|（）";
    let x = 7;
    let t = "";
    for (let i = 0; i < 50_000; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      t += chars[x % chars.length];
    }
    const t0 = performance.now();
    const r = build(t);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(() => ReportSchema.parse(r)).not.toThrow();
  });
});

describe("statistics period", () => {
  it("reads the stated period, spaced or not, with or without its second year", () => {
    expect(statedPeriod("本报告统计期限自2024年1月1日起至2024年12月31日止。")).toMatchObject({ from: 2024, to: 2024, offset: 3 });
    expect(statedPeriod("统计期限为 2023 年 1 月 1 日至 12 月 31 日")).toMatchObject({ from: 2023, to: 2023 });
    expect(statedPeriod("统计期限自2024年1月1日起至2025年12月31日止")).toMatchObject({ from: 2024, to: 2025 });
    expect(statedPeriod("自2024年1月1日起施行")).toBeNull();
  });
  it("is recorded in the report with its place, and gives the year when the title has none", () => {
    const text = "某县人民政府政府信息公开工作年度报告\n本报告统计期限为 2023 年 1 月 1 日至 12 月 31 日。\n";
    const r = build(text);
    const at = text.indexOf("统计期限");
    expect(r.period).toEqual({
      from: 2023,
      to: 2023,
      text: "统计期限为 2023 年 1 月 1 日至 12 月 31 日",
      loc: { offset: at, length: "统计期限为 2023 年 1 月 1 日至 12 月 31 日".length, line: 2, column: 4 },
    });
    expect(r.year).toBe(2023);
    expect(build("某县人民政府2024年政府信息公开工作年度报告\n正文。\n").period).toBeNull();
  });
  it("gives the year from the stated period, else from any 1 January it starts at", () => {
    expect(yearFromPeriod("（2023年1月1日起）……统计期限为2024年1月1日至2024年12月31日")).toBe(2024);
    expect(yearFromPeriod("数据自2022年1月1日起统计")).toBe(2022);
    expect(yearFromPeriod("无")).toBeNull();
  });
});
