import { describe, expect, it } from "vitest";
import { emitDocument } from "../flow.js";
import { linesToFlow, type PageText, pageWords, visualLines } from "./geometry.js";

type Item = PageText["items"][number];
const it7 = (str: string, x: number, y: number, size = 7.5): Item => ({ str, x, y, w: str.length * size * 0.5, size });

function read(items: Item[]) {
  const page: PageText = { page: 1, width: 595, height: 842, items };
  const doc = emitDocument(linesToFlow(visualLines(pageWords(page)), [page]), { name: "t", kind: "pdf", encoding: "binary", sha256: "" });
  return doc.lines.map((l) => ({ kind: l.kind, cells: l.cells.map((c) => c.text) }));
}

describe("PDF geometry", () => {
  it("joins the pieces of one number, never two cells' numbers; labels a little above stay on the row", () => {
    const rows = read([
      it7("一、本年新收政府信息公开申请数量", 76.8, 373),
      it7("30", 260.3, 370.7),
      it7("01", 267.8, 370.7), // same number, printed in two pieces
      it7("5", 299.6, 370.7),
      it7("3006", 337.4, 370.7),
      it7("二、上年结转政府信息公开申请数量", 76.8, 349),
      it7("34", 264, 346.7),
      it7("0", 301.6, 346.7),
      it7("34", 339, 346.7),
      it7("- 4 -", 290, 39.5, 13),
    ]);
    expect(rows).toEqual([
      { kind: "row", cells: ["一、本年新收政府信息公开申请数量", "3001", "5", "3006"] },
      { kind: "row", cells: ["二、上年结转政府信息公开申请数量", "34", "0", "34"] },
    ]);
  });

  it("a blank cell stays blank in its column", () => {
    const rows = read([
      it7("（一）予以公开", 101, 325.4),
      it7("12", 260, 323.1),
      it7("3", 300, 323.1),
      it7("15", 340, 323.1),
      it7("（二）部分公开", 101, 301.5),
      it7("7", 262, 299.1),
      it7("7", 342, 299.1),
    ]);
    expect(rows[1]).toEqual({ kind: "row", cells: ["（二）部分公开", "7", "", "7"] });
  });

  it("prose that ends in a number is text, not a table row; wrapped lines join", () => {
    const rows = read([
      { str: "2024年，全市在运维政务新媒体，本年度共计发布政务信息并完成检查数量为", x: 74, y: 700, w: 444, size: 16 },
      { str: "95", x: 540, y: 700, w: 16, size: 16 }, // set apart by justification
      { str: "个。", x: 74, y: 672, w: 32, size: 16 },
    ]);
    expect(rows).toEqual([{ kind: "text", cells: ["2024年，全市在运维政务新媒体，本年度共计发布政务信息并完成检查数量为95个。"] }]);
  });
});
