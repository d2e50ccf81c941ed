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

describe("readText: cell splitting edge cases", () => {
  const cells = (text: string, name = "t.txt") => readText(text, { ...meta, name }).lines.map((l) => l.cells.map((c) => c.text));

  it("finds every line end, short lines and long ones alike (nextNewline hands over to indexOf at 48)", () => {
    for (const len of [0, 1, 46, 47, 48, 49, 50, 95, 96, 97, 300])
      for (const tail of ["", "\n", "\r\n"]) {
        const lines = [len, 3, len + 1, 48].map((k, i) => "甲乙丙".repeat(k + 1).slice(0, k) + (k > 0 ? String(i) : ""));
        const text = lines.join("\n") + tail;
        const doc = readText(text, meta);
        const expected = text.split(/\r?\n/).flatMap((l, i) => (l.trim() ? [{ line: i + 1, text: l.trim() }] : []));
        expect(doc.lines.map((l) => ({ line: l.loc.line, text: l.cells[0]!.text })), `len ${len}, tail ${JSON.stringify(tail)}`).toEqual(expected);
        for (const l of doc.lines) expect(text.slice(l.loc.offset, l.loc.offset + l.loc.length)).toBe(l.cells[0]!.text);
      }
  });

  it("keeps the empty first cell of a line that starts with a tab", () => {
    const doc = readText("标题\n\t规章\t3\n", meta);
    expect(doc.lines[1]!.cells.map((c) => c.text)).toEqual(["", "规章", "3"]);
    expect(doc.lines[1]!.cells[1]!.loc).toMatchObject({ offset: 4, line: 2, column: 2 });
  });

  it("splits on two spaces only between printed characters", () => {
    expect(cells("  规章  \na  b\na \u3000 b\n规章 0\n行政许可    5")).toEqual([["规章"], ["a", "b"], ["a \u3000 b"], ["规章 0"], ["行政许可", "5"]]);
  });

  it("finds tabs that appear only late in a text", () => {
    expect(cells("一  二\n三\n四\t5\n六")).toEqual([["一", "二"], ["三"], ["四", "5"], ["六"]]);
  });

  it("reads at most six # as a heading", () => {
    const doc = readText("###### 六\n####### 七", { ...meta, name: "a.md" });
    expect(doc.lines[0]).toMatchObject({ heading: 6 });
    expect(doc.lines[1]!.heading).toBeUndefined();
    expect(doc.lines[1]!.cells[0]!.text).toBe("####### 七");
  });
});
