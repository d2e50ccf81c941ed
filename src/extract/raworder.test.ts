// Tables read in pdftotext reading order and cells lifted out by pdf2md: what is read agrees with
// the gold, and with one controlled change to the real file each, what the text no longer settles
// stays null with an issue instead of being guessed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readText } from "../read/text/index.js";
import { CORPUS_REAL, corpusCases } from "../../test/helpers/gold.js";
import { buildReport } from "./index.js";
import type { Report } from "../model/report.js";

const meta = { name: "t.txt", encoding: "utf-8", sha256: "x" };
const build = (text: string) => buildReport(readText(text, meta));
const file = (name: string) => readFileSync(join(CORPUS_REAL, name), "utf8");
const gold = (stem: string) => corpusCases().find((c) => c.stem === stem)!.gold.cells;

/** Cells whose value differs from the gold (a null is not a difference), minus the changed ones. */
function wrong(r: Report, g: Record<string, number | null>, changed: readonly string[] = []): string[] {
  return Object.entries(g)
    .filter(([id, v]) => !changed.includes(id) && r.cells[id]?.value !== null && r.cells[id]?.value !== undefined && r.cells[id]?.value !== v)
    .map(([id]) => id);
}
const ids = (prefix: string) => ["natural", "commercial", "research", "social", "legal", "other", "total"].map((c) => `applications.${prefix}.${c}`);

describe("applications table in reading order", () => {
  const hongze23 = file("2023_jiangsu_huaian_hongze_district_gov.pdftotext_raw.txt");
  const g23 = gold("2023_jiangsu_huaian_hongze_district_gov");

  it("rows printed column by column are read to the gold (Hongze 2023)", () => {
    const r = build(hongze23);
    for (const id of ids("denied.state_secret").concat(ids("unavailable.not_held"), ids("total"))) expect(r.cells[id]!.value, id).toBe(g23[id]);
    expect(r.cells["applications.unavailable.not_held.natural"]!.note).toMatch(/阅读顺序/);
  });

  it("one number fewer: nothing is read by position, the rows keep their issues", () => {
    // drop the 10 of （四）1 from the column-by-column block
    const text = hongze23.replace(/\n10\n/, "\n");
    expect(text).not.toBe(hongze23);
    const r = build(text);
    expect(wrong(r, g23)).toEqual([]);
    expect(r.cells["applications.unavailable.not_held.natural"]!.value).toBeNull();
    expect(r.issues.some((i) => i.table === "applications" && i.cells.includes("applications.unavailable.not_held.natural"))).toBe(true);
  });

  // 四、结转 is the last row: its first and last values are the last two 7-value groups' edges
  const cf = (natural: number, total: number) =>
    hongze23.replace(/四、结转下年度继续办理\n\n0\n((?:\n0\n){5})\n0\n/, `四、结转下年度继续办理\n\n${natural}\n$1\n${total}\n`);

  it("a slip in one cell of the report (one row, one column) is still read, and read as printed", () => {
    const text = cf(5, 0);
    expect(text).not.toBe(hongze23);
    const r = build(text);
    expect(r.cells["applications.carried_forward.natural"]!.value).toBe(5);
    expect(wrong(r, g23, ["applications.carried_forward.natural"])).toEqual([]);
    expect(r.cells["applications.partial.natural"]!.value).toBe(4);
  });

  it("a table breaking two columns under every reading is not read by position", () => {
    // 5 … 5 still adds up as a row, but 一+二 = （七）+四 now fails in 自然人 and 总计: a misread
    // cannot be told from the report's own errors, so nothing is taken
    const text = cf(5, 5);
    expect(text).not.toBe(hongze23);
    const r = build(text);
    expect(wrong(r, g23, ["applications.carried_forward.natural", "applications.carried_forward.total"])).toEqual([]);
    expect(r.cells["applications.partial.natural"]!.value).toBeNull();
    expect(r.issues.some((i) => i.table === "applications" && i.cells.includes("applications.partial.natural"))).toBe(true);
  });

  it("a normal text report never takes the reading-order path", () => {
    const r = build(file("2024_jiangsu_huaian_city_gov.pdftotext_layout.txt"));
    expect(Object.values(r.cells).some((c) => c.note?.includes("阅读顺序"))).toBe(false);
  });
});

describe("review table in reading order", () => {
  const city = file("2024_jiangsu_huaian_city_gov.pdftotext_raw.txt");
  const g = gold("2024_jiangsu_huaian_city_gov");

  it("the prose names 行政复议 351: that block is read; the two 诉讼 blocks stay ambiguous", () => {
    const r = build(city);
    for (const c of ["upheld", "corrected", "other", "pending", "total"]) expect(r.cells[`review.${c}`]!.value).toBe(g[`review.${c}`]);
    expect(r.cells["litigation_direct.total"]).toMatchObject({ value: null, state: "ambiguous", candidates: [20, 26] });
  });

  it("the prose naming one 诉讼 block settles the other", () => {
    const r = build(city.replace("未审结 7 件。", "未审结 7 件。未经复议直接起诉 26 件。"));
    for (const id of Object.keys(g).filter((k) => k.startsWith("litigation_"))) expect(r.cells[id]!.value, id).toBe(g[id]);
  });

  it("without the prose nothing is placed", () => {
    const r = build(city.replace("政府信息公开行政复议 351\n件", "政府信息公开行政复议若干\n件"));
    expect(Object.keys(g).filter((k) => k.startsWith("review.") && r.cells[k]!.value !== null)).toEqual([]);
    expect(r.issues.some((i) => i.table === "review" && i.cells.includes("review.total"))).toBe(true);
  });
});

describe("主动公开 cells out of place", () => {
  it("a one-cell block with two numbers is not read", () => {
    const text = file("2024_jiangsu_huaian_hongze_district_gov.pdftotext_raw.txt").replace("本年处理决定数量\n9487", "本年处理决定数量\n9487\n12");
    const r = build(text);
    expect(r.cells["active.licensing.decisions"]!.value).toBeNull();
  });

  const shanghai = file("2025_shanghai_municipal_gov_general_office_pdf2md.md");
  const g = gold("2025_shanghai_municipal_gov_general_office_pdf2md");
  const block = ["regulations", "normative_documents"].flatMap((k) => ["issued", "repealed", "in_force"].map((c) => `active.${k}.${c}`));

  it("lifted cells go back into the column their notes name (Shanghai 2025)", () => {
    const r = build(shanghai);
    for (const id of block) expect(r.cells[id]!.value, id).toBe(g[id]);
  });

  it("notes that name no column, or different columns, leave the rows unread", () => {
    for (const text of [shanghai.replace("含自然失效", "含"), shanghai.replace("其中修订", "其中现行有效")]) {
      expect(text).not.toBe(shanghai);
      const r = build(text);
      for (const id of block) expect(r.cells[id]!.value, id).toBeNull();
      expect(r.issues.some((i) => i.kind === "short-row" && i.cells.includes("active.normative_documents.repealed"))).toBe(true);
    }
  });
});
