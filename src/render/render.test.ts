// The three tables rendered back in the official layout with each finding's cells marked and
// numbered, on seeds parsed by the real reader and checked by the real checker; values compared
// with the hand-read gold.
import { describe, expect, it } from "vitest";
import { parse } from "parse5";
import { checkReport } from "../check/index.js";
import { parseReport } from "../core.js";
import { ALL_CELL_IDS, APPLICATION_ROWS } from "../model/cells.js";
import type { Finding } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { corpusCases, seedCases } from "../../test/helpers/gold.js";
import { ACTIVE2019_IDS } from "../model/cells.js";
import { num } from "../explain/templates.js";
import { UnknownFindingError, renderCheck, renderExplanation } from "./index.js";
import { cellText, width } from "./cell-text.js";

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  value?: string;
}
const all = (n: Node, tag: string): Node[] => [...(n.tagName === tag ? [n] : []), ...(n.childNodes ?? []).flatMap((c) => all(c, tag))];
const text = (n: Node): string => (n.nodeName === "#text" ? (n.value ?? "") : (n.childNodes ?? []).map(text).join(""));
const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value ?? "";

const seeds = await Promise.all(
  seedCases().map(async (c) => {
    const report = await parseReport({ path: c.file });
    return { c, report, findings: checkReport(report) };
  }),
);
const get = (p: string) => {
  const s = seeds.find((x) => x.c.stem.startsWith(p));
  if (!s) throw new Error(p);
  return s;
};

/** The cells of each finding, in the order the renderer numbers them. */
const badgeOf = (findings: Finding[], cell: string) => findings.map((f, i) => (f.cells.includes(cell) ? i + 1 : 0)).filter(Boolean);
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

describe("HTML", () => {
  for (const { c, report, findings } of seeds)
    it(`${c.stem}: the three tables in the official layout, values as in the gold, findings numbered on their cells`, () => {
      const html = renderCheck(report, findings, { format: "html", explain: true });
      // Self-contained and printable.
      expect(html).not.toMatch(/<script|<link|src=|https?:\/\//);
      expect(html).toContain("size: A4");
      const doc = parse(html) as unknown as Node;
      const tables = all(doc, "table");
      expect(tables.length).toBe(3);
      const values = tables.map((t) => all(t, "td").filter((td) => attr(td, "class").split(" ").includes("v")));
      // 10 + 175 + 15 value cells, in the catalogue's printed order.
      expect(values.map((v) => v.length)).toEqual([10, 175, 15]);
      const flat = values.flat();
      ALL_CELL_IDS.forEach((id, i) => {
        const shown = text(flat[i] as Node).replace(/[①-⑳]|\[\d+\]/g, "");
        const g = c.gold.cells[id];
        expect(shown, id).toBe(g === null || g === undefined ? "—缺—" : num(g));
        const badges = badgeOf(findings, id).map((n) => CIRCLED[n - 1]);
        for (const b of badges) expect(text(flat[i] as Node), id).toContain(b);
      });
      // Table B: 25 value rows of the format plus its three header rows; the 3×3 note cell.
      const rows = all(tables[1] as Node, "tr");
      expect(rows.length).toBe(3 + APPLICATION_ROWS.length);
      const note = all(tables[1] as Node, "td").find((td) => text(td).includes("勾稽关系"));
      expect([attr(note as Node, "rowspan"), attr(note as Node, "colspan")]).toEqual(["3", "3"]);
      // Table C: 行政复议 over 5 columns, 行政诉讼 over 10.
      const ths = all(tables[2] as Node, "th").map((th) => [text(th), attr(th, "colspan")]);
      expect(ths).toContainEqual(["行政复议", "5"]);
      expect(ths).toContainEqual(["行政诉讼", "10"]);
      // Every finding appears in the list under its number.
      const items = all(doc, "li");
      expect(items.length).toBe(findings.length);
      items.forEach((li, i) => expect(text(li).startsWith(CIRCLED[i] as string)).toBe(true));
    });

  it("002: the judged cells carry a solid mark, the dropped column's cells read —缺—", () => {
    const { report, findings } = get("002");
    const html = renderCheck(report, findings, { format: "html" });
    const doc = parse(html) as unknown as Node;
    const cells = all(all(doc, "table")[1] as Node, "td").filter((td) => attr(td, "class").split(" ").includes("v"));
    const judged = cells.filter((td) => /judged|suspect/.test(attr(td, "class"))).map((td) => text(td).replace(/[①-⑳]/g, ""));
    expect(judged).toEqual(expect.arrayContaining(["46", "98"]));
    expect(cells.filter((td) => text(td).startsWith("—缺—")).length).toBe(Object.values(report.cells).filter((x) => x.id.startsWith("applications.") && x.value === null).length);
  });
});

describe("2019 trial format", () => {
  it("Table A in the 2019 columns (22 cells) and （六）其他处理 as one row, each cell where the model has it", async () => {
    const c = corpusCases().find((x) => x.gold.format === "2019" && !x.file.endsWith(".pdf"));
    if (!c) throw new Error("no 2019-format corpus report");
    const report = await parseReport({ path: c.file });
    expect(report.format).toBe("2019");
    const doc = parse(renderCheck(report, checkReport(report), { format: "html" })) as unknown as Node;
    const tables = all(doc, "table");
    const values = tables.map((t) => all(t, "td").filter((td) => attr(td, "class").split(" ").includes("v")));
    expect(values.map((v) => v.length)).toEqual([22, 175 - 14, 15]);
    // How well the reader reads this flattened text is its own concern (tested against gold there);
    // here every 2019 cell must land in its own place.
    ACTIVE2019_IDS.forEach((id, i) => {
      expect(text(values[0]?.[i] as Node).replace(/[①-⑳]|\[\d+\]/g, ""), id).toBe(cellText(report.cells[id], "zh"));
    });
    expect(all(tables[1] as Node, "td").some((td) => text(td) === "（六）其他处理")).toBe(true);
  });
});

describe("Markdown and terminal", () => {
  it("002 Markdown: a pipe table per block, the judged total in bold with its number", () => {
    const { report, findings } = get("002");
    const md = renderCheck(report, findings, { format: "md", explain: true });
    const granted = md.split("\n").find((l) => l.startsWith("| 　（一）予以公开"));
    const n = findings.findIndex((f) => f.cells.includes("applications.granted.total")) + 1;
    expect(granted?.split("|").map((s) => s.trim()).filter(Boolean).at(-1)).toBe(`**46** ${CIRCLED[n - 1]}`);
    expect(md).toContain("（七）总计");
    expect(md).toContain(`#### ${CIRCLED[n - 1]} **行合计不符**`);
    expect(md).toContain("37 + 0 + 0 + 0 + 0 = 37");
  });
  it("terminal: table lines line up in display width (CJK counts double)", () => {
    const { report, findings } = get("002");
    const out = renderCheck(report, findings, { format: "text" });
    const lines = out.split("\n");
    const start = lines.findIndex((l) => l.includes("自然人") && l.includes("总计") && !l.includes("："));
    const body = lines.slice(start, start + 30).filter((l) => /\d$|—缺—.*\d$/.test(l.trim()));
    expect(body.length).toBeGreaterThan(20);
    // Right-aligned 总计 column: every value row ends at the same display column.
    expect(new Set(body.map((l) => width(l))).size).toBe(1);
    for (const [i] of findings.entries()) expect(out).toContain(CIRCLED[i] as string);
  });
  it("a clean seed says so in every format", () => {
    // Seed 001's gold has no findings; the checker may add info-level notes, so render it with none.
    const { report } = get("001");
    const findings: Finding[] = [];
    expect(renderCheck(report, findings, { format: "text", tables: false })).toContain("未发现问题");
    expect(renderCheck(report, findings, { format: "md", lang: "en", tables: false })).toContain("No findings");
    expect(renderCheck(report, findings, { format: "html" })).toContain("本表未发现问题");
  });
  it("JSON carries the findings with their explanation", () => {
    const { report, findings } = get("003");
    const j = JSON.parse(renderCheck(report, findings, { format: "json" })) as { findings: { id: string; index: number; explanation: { causes: unknown[] } }[] };
    expect(j.findings.map((f) => f.id)).toEqual(findings.map((f) => f.id));
    expect(j.findings.map((f) => f.index)).toEqual(findings.map((_, i) => i + 1));
  });
});

describe("renderExplanation", () => {
  const { report, findings } = get("002") as { report: Report; findings: Finding[] };
  it("by number and by stable id, the same text", () => {
    const i = findings.findIndex((f) => f.family === "row-sum");
    const byNum = renderExplanation(report, findings, String(i + 1));
    const byId = renderExplanation(report, findings, findings[i]?.id ?? "");
    expect(byNum).toBe(byId);
    expect(byNum.startsWith(CIRCLED[i] as string)).toBe(true);
    expect(byNum).toContain("可能的原因：【很可能】");
  });
  it("with --tables only that finding is marked", () => {
    const i = findings.findIndex((f) => f.cells.includes("applications.total.total"));
    const out = renderExplanation(report, findings, String(i + 1), { tables: true });
    const others = findings.map((_, k) => CIRCLED[k] as string).filter((_, k) => k !== i);
    const tablePart = out.slice(out.indexOf("二、主动公开"));
    for (const b of others) expect(tablePart).not.toContain(b);
    expect(tablePart).toContain(`98${CIRCLED[i]}`);
  });
  it("an unknown id is an error with both languages", () => {
    expect(() => renderExplanation(report, findings, "Z9-000000")).toThrow(UnknownFindingError);
    expect(() => renderExplanation(report, findings, String(findings.length + 1))).toThrow(/共 \d+ 个问题/);
  });
  it("HTML and Markdown and JSON forms", () => {
    const html = renderExplanation(report, findings, "1", { format: "html" });
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(renderExplanation(report, findings, "1", { format: "md" })).toMatch(/^### ①/);
    const j = JSON.parse(renderExplanation(report, findings, "1", { format: "json", lang: "en" })) as { explanation: { what: string } };
    expect(j.explanation.what.length).toBeGreaterThan(0);
  });
});
