// The entry: formats told apart by content (never by name), text decoded from GBK/GB18030 and
// UTF-16 with a BOM, Markdown labelled as such.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { encodeGbk } from "../../test/helpers/gbk.js";
import { decodeBytes } from "./decode.js";
import { readDocument } from "./index.js";
import { looksLikeHtml, looksLikeMarkdown, sniffBytes } from "./sniff.js";

const SEED = readFileSync("../shared/seeds/000_855a3ef0bc8273b0.txt", "utf8");

describe("reading by content", () => {
  it("a .docx named .pdf, a PDF named .txt, HTML named .doc: each read as what it is", async () => {
    const docx = readFileSync("../shared/corpus/derived/004_396493f86c9f6da3.docx");
    expect((await readDocument({ bytes: new Uint8Array(docx), name: "report.pdf" })).kind).toBe("docx");
    const html = readFileSync("../shared/corpus/derived/004_396493f86c9f6da3.html");
    expect((await readDocument({ bytes: new Uint8Array(html), name: "report.doc" })).kind).toBe("html");
    expect(sniffBytes(readFileSync("../shared/corpus/real/2024_jiangsu_huaian_city_gov.pdf")).kind).toBe("pdf");
  });

  it("GBK plain text is decoded and handed to the text reader", async () => {
    const text = SEED.replace(/[^\u0000-\u007f\u4e00-\u9fa5，。、：；（）“”《》！？—…·％\n]/g, "");
    const doc = await readDocument({ bytes: encodeGbk(text), name: "gbk.txt" });
    expect(doc.encoding).toBe("gb18030");
    expect(doc.text).toContain("政府信息公开工作年度报告");
    expect(doc.lines.length).toBeGreaterThan(10);
  });

  it("UTF-16 with a BOM (little and big endian)", async () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(SEED, "utf16le")]);
    const d1 = await readDocument({ bytes: le, name: "u16.txt" });
    expect(d1.encoding).toBe("utf-16le");
    expect(d1.text).toContain("一、总体情况");
    const be = Buffer.from(SEED, "utf16le");
    be.swap16();
    expect(decodeBytes(new Uint8Array([0xfe, 0xff, ...be]), "x").text).toBe(SEED);
  });

  it("UTF-8 with a BOM loses the BOM", () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from("一、总体情况")]), "x").text).toBe("一、总体情况");
  });

  it("Markdown is told from text, HTML from both", () => {
    expect(looksLikeMarkdown("# 标题\n\n## 一、总体情况\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")).toBe(true);
    expect(looksLikeMarkdown(SEED.replace(/^#+ /gm, ""))).toBe(false);
    expect(looksLikeHtml("<!DOCTYPE html><html><body>x</body></html>")).toBe(true);
    expect(looksLikeHtml("<table><tr><td>规章</td><td>1</td></tr></table>")).toBe(true);
    expect(looksLikeHtml("一、总体情况\n正文 <b>不是网页</b>")).toBe(false);
  });
});
