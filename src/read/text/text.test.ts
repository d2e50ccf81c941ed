import { describe, expect, it } from "vitest";
import { readText } from "./index.js";

const meta = { name: "t.txt", encoding: "utf-8", sha256: "x" };

describe("readText", () => {
  it("splits tab-separated rows into cells with exact offsets, keeping empty cells", () => {
    const text = "标题\n规章\t0\t\t3\n";
    const doc = readText(text, meta);
    expect(doc.lines).toHaveLength(2);
    const row = doc.lines[1]!;
    expect(row.cells.map((c) => c.text)).toEqual(["规章", "0", "", "3"]);
    for (const c of row.cells) expect(text.slice(c.loc.offset, c.loc.offset + c.loc.length)).toBe(c.text);
    expect(row.cells[3]!.loc).toMatchObject({ line: 2, column: 7 });
  });

  it("reads Markdown headings and pipe tables (separator lines dropped)", () => {
    const doc = readText("## 二、主动公开\n| 规章 | 0 |  |\n|---|---|---|\n| 行政许可 | 5 | 6 |\n正文", { ...meta, name: "a.md" });
    expect(doc.kind).toBe("markdown");
    expect(doc.lines[0]).toMatchObject({ heading: 2, kind: "text" });
    expect(doc.lines[0]!.cells[0]!.text).toBe("二、主动公开");
    expect(doc.lines[1]!.cells.map((c) => c.text)).toEqual(["规章", "0", ""]);
    expect(doc.lines[1]!.kind).toBe("row");
    expect(doc.lines[2]!.cells.map((c) => c.text)).toEqual(["行政许可", "5", "6"]);
    expect(doc.lines[2]!.table).toBe(doc.lines[1]!.table);
    expect(doc.lines[3]!.kind).toBe("text");
  });

  it("splits pdftotext -layout columns on two or more spaces, not on one", () => {
    const doc = readText("4.无正当理由大量反复 申请        0    0   12\n", meta);
    expect(doc.lines[0]!.cells.map((c) => c.text)).toEqual(["4.无正当理由大量反复 申请", "0", "0", "12"]);
  });

  it("handles CRLF and empty input", () => {
    const doc = readText("a\r\nb\t1\r\n", meta);
    expect(doc.lines.map((l) => l.cells.map((c) => c.text))).toEqual([["a"], ["b", "1"]]);
    expect(readText("", meta).lines).toEqual([]);
  });
});
