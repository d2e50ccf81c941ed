import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEEDS_DIR } from "../../../test/helpers/gold.js";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import { checkReport } from "../../check/index.js";
import { buildReport } from "../../extract/index.js";
import type { Report } from "../../model/report.js";
import { readText } from "../../read/text/index.js";
import rule from "./f5-report-year.js";

/** A test report stating the period `text` (as the builder records it: years, the words as printed, where). */
function withPeriod(text: string, from: number, to: number = from): Report {
  return { ...testReport(), period: { from, to, text, loc: { offset: 0, length: text.length, line: 1, column: 1 } } };
}

const published = (publishedAt: string, spec: Parameters<typeof testReport>[0] = {}): Report => ({ ...testReport(spec), publishedAt });

describe("F5 统计期限", () => {
  it("passes when the period is the title's year", () => {
    expect(runRule(rule, withPeriod("统计期限自2024年1月1日起至2024年12月31日止", 2024))).toEqual([]);
  });
  it("passes when no period is stated", () => {
    expect(runRule(rule, testReport())).toEqual([]);
  });
  it("warns when the period is another year, quoting it without the spaces of PDF text", () => {
    const [f] = runRule(rule, withPeriod("统计期限为 2023 年 1 月 1 日至 12 月 31 日", 2023));
    expect(f).toMatchObject({ rule: "F5", family: "report-year", severity: "warning", messageId: "period-year" });
    expect(f?.data).toMatchObject({ titleYear: 2024, periodYear: 2023, quote: "统计期限为2023年1月1日至12月31日" });
    expect(f?.message).toContain("2023");
    expect(f?.location?.line).toBe(1);
  });
  it("warns when the period spans two years", () => {
    const [f] = runRule(rule, withPeriod("统计期限自2024年1月1日起至2025年12月31日止", 2024, 2025));
    expect(f).toMatchObject({ messageId: "period-span", data: { from: 2024, to: 2025 } });
  });
});

describe("F5 总体情况的年度", () => {
  it("passes when the overview opens with the title's year", () => {
    expect(runRule(rule, testReport({ sections: { overview: "2024年，我县认真贯彻落实条例。" } }))).toEqual([]);
  });
  it("ignores a later year in plans (only the overview's first leading year counts)", () => {
    const r = testReport({ sections: { overview: "2024年，我县认真贯彻落实条例。", problems: "2025年，我县将进一步加强公开。" } });
    expect(runRule(rule, r)).toEqual([]);
  });
  it("warns when the overview opens with another year", () => {
    const [f] = runRule(rule, testReport({ sections: { overview: "2023 年，我县认真贯彻落实条例。" } }));
    expect(f).toMatchObject({ messageId: "narrative-year", data: { titleYear: 2024, narrativeYear: 2023, quote: "2023年，" } });
    expect(f?.location).not.toBeNull();
  });
});

describe("F5 发布时间", () => {
  it("passes a government's report published in February of the next year", () => {
    expect(runRule(rule, published("2025-02-20"))).toEqual([]);
  });
  it("warns when published before the year ended", () => {
    expect(runRule(rule, published("2024-12-30"))[0]).toMatchObject({ messageId: "published-early", severity: "warning" });
  });
  it("warns when published after 31 March of the next year", () => {
    expect(runRule(rule, published("2025-04-02"))[0]).toMatchObject({ messageId: "published-late", severity: "warning" });
  });
  it("notes a department's report published after 31 January", () => {
    const [f] = runRule(rule, published("2025-02-20", { issuer: "某县教育局" }));
    expect(f).toMatchObject({ messageId: "published-after-january", severity: "info" });
  });
  it("does not hold a management committee to the department deadline", () => {
    expect(runRule(rule, published("2025-02-20", { issuer: "某经济开发区管理委员会" }))).toEqual([]);
  });
});

describe("F5 on a real report", () => {
  it("finds a year left over from last year's template in seed 000, read by the text reader", () => {
    const name = "000_855a3ef0bc8273b0.txt";
    const text = readFileSync(join(SEEDS_DIR, name), "utf8");
    const meta = { name, encoding: "utf-8", sha256: "" };
    expect(checkReport(buildReport(readText(text, meta))).filter((f) => f.rule === "F5")).toEqual([]);
    const lead = /(^|[。\n])\s*2024\s*年(度)?\s*[，,]/m.exec(text);
    expect(lead).not.toBeNull();
    const at = (lead?.index ?? 0) + (lead?.[0].indexOf("2024") ?? 0);
    const edited = `${text.slice(0, at)}2023${text.slice(at + 4)}`;
    const found = checkReport(buildReport(readText(edited, meta))).filter((f) => f.rule === "F5");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ messageId: "narrative-year", data: { titleYear: 2024, narrativeYear: 2023 } });
    expect(found[0]?.location?.offset).toBe(at);
  });
});
