import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readDocument } from "../index.js";
import { docxXmlToFlow, headingStyles } from "./index.js";

const W = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`;
const p = (t: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
const tc = (t: string, pr = "") => `<w:tc><w:tcPr>${pr}</w:tcPr>${p(t)}</w:tc>`;

export function makeDocx(body: string, styles = ""): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(`<?xml version="1.0"?><Types/>`),
    "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    "word/styles.xml": strToU8(`<?xml version="1.0"?><w:styles ${W}>${styles}</w:styles>`),
  });
}

describe(".docx reader", () => {
  it("expands gridSpan and vMerge into the grid before anything else", () => {
    const body =
      `<w:tbl>` +
      `<w:tr>${tc("三、本年度办理结果", `<w:vMerge w:val="restart"/>`)}${tc("（一）予以公开", `<w:gridSpan w:val="2"/>`)}${tc("12")}</w:tr>` +
      `<w:tr>${tc("", `<w:vMerge/>`)}${tc("（三）不予公开", `<w:vMerge w:val="restart"/>`)}${tc("1.属于国家秘密")}${tc("0")}</w:tr>` +
      `<w:tr>${tc("", `<w:vMerge/>`)}${tc("", `<w:vMerge/>`)}${tc("2.其他法律行政法规禁止公开")}${tc("3")}</w:tr>` +
      `</w:tbl>`;
    return readDocument({ bytes: makeDocx(body), name: "a.docx" }).then((doc) => {
      expect(doc.kind).toBe("docx");
      const rows = doc.lines.filter((l) => l.kind === "row");
      expect(rows.map((r) => r.cells.map((c) => `${c.merged ? "*" : ""}${c.text}`))).toEqual([
        ["三、本年度办理结果", "（一）予以公开", "*（一）予以公开", "12"],
        ["*三、本年度办理结果", "（三）不予公开", "1.属于国家秘密", "0"],
        ["*三、本年度办理结果", "*（三）不予公开", "2.其他法律行政法规禁止公开", "3"],
      ]);
      const three = rows[2]!.cells[3]!;
      expect(three.loc).toMatchObject({ table: 0, row: 2, cell: 3 });
      expect(doc.text.slice(three.loc.offset, three.loc.offset + 1)).toBe("3");
    });
  });

  it("takes heading levels from styles, skips deleted text, keeps line breaks as lines", () => {
    const styles = `<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/></w:style><w:style w:type="paragraph" w:styleId="a5"><w:name w:val="标题 1"/></w:style>`;
    const body =
      p("年度报告", "a5") +
      p("一、总体情况", "2") +
      `<w:p><w:r><w:t>共</w:t></w:r><w:del><w:r><w:delText>99</w:delText></w:r></w:del><w:r><w:t>12</w:t></w:r><w:r><w:br/><w:t>件 &amp; 次</w:t></w:r></w:p>`;
    const blocks = docxXmlToFlow(`<w:document ${W}><w:body>${body}</w:body></w:document>`, headingStyles(`<w:styles>${styles}</w:styles>`));
    expect(blocks).toEqual([
      { type: "p", text: "年度报告", heading: 1 },
      { type: "p", text: "一、总体情况", heading: 2 },
      { type: "p", text: "共12" },
      { type: "p", text: "件 & 次" },
    ]);
  });

  it("a cell of several paragraphs becomes one cell (wrapped CJK joined without a space)", async () => {
    const body = `<w:tbl><w:tr><w:tc>${p("结果")}${p("纠正")}</w:tc>${tc("1")}</w:tr></w:tbl>`;
    const doc = await readDocument({ bytes: makeDocx(body), name: "b.docx" });
    expect(doc.lines[0]!.cells.map((c) => c.text)).toEqual(["结果纠正", "1"]);
  });
});

describe(".docx text boxes", () => {
  it("a text box inside a paragraph does not cut the paragraph short", () => {
    const body = `<w:p><w:r><w:t>前半</w:t></w:r><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>框内文字</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r><w:r><w:t>后半</w:t></w:r></w:p>`;
    expect(docxXmlToFlow(`<w:document ${W}><w:body>${body}</w:body></w:document>`)).toEqual([
      { type: "p", text: "框内文字" },
      { type: "p", text: "前半后半" },
    ]);
  });
});
