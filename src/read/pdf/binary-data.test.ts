import { describe, expect, it } from "vitest";
import { readDocument } from "../index.js";
import { cachedBinaryFiles } from "./binary-data.js";

/** A one-page PDF in a non-embedded CJK font: pdf.js needs the predefined CMaps from disk. */
function cjkPdf(lines: string[]): Uint8Array {
  const hex = (s: string) => [...s].map((c) => (c.codePointAt(0) as number).toString(16).padStart(4, "0")).join("");
  const content = lines.map((l, i) => `BT /F1 12 Tf 72 ${760 - 20 * i} Td <${hex(l)}> Tj ET`).join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>",
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets = objects.map((o, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

describe("pdf.js binary data", () => {
  it("reads text in a non-embedded CJK font through the predefined CMaps, each file read once per process", async () => {
    const lines = ["政府信息公开工作年度报告", "一、总体情况", "二、主动公开政府信息情况"];
    for (let run = 0; run < 2; run++) {
      const doc = await readDocument({ bytes: cjkPdf(lines), name: "cjk.pdf" });
      expect(doc.lines.map((l) => l.cells.map((c) => c.text).join(""))).toEqual(lines);
    }
    const files = cachedBinaryFiles().map((p) => p.split("/").pop());
    expect(files).toContain("UniGB-UCS2-H.bcmap");
    expect(new Set(files).size).toBe(files.length);
  });
});
