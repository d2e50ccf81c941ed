// Bad input of every kind: one clear InputError (code, Chinese and English message saying what is
// wrong and what to send instead); nothing crashes, hangs or leaks a stack trace.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { InputError } from "../src/model/errors.js";
import { type ReadLimits, readDocument } from "../src/read/index.js";
import { REPO_ROOT } from "./helpers/gold.js";

async function inputError(bytes: Uint8Array, limits: Partial<ReadLimits> = {}): Promise<InputError> {
  try {
    await readDocument({ bytes, name: "x" }, limits);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const ie = e as InputError;
    // Both languages, and neither is a stack trace.
    expect(ie.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(ie.en).toMatch(/[a-z]/);
    expect(`${ie.zh}${ie.en}`).not.toMatch(/\n\s+at /);
    return ie;
  }
  throw new Error("expected an InputError");
}

/** A minimal PDF whose pages draw only a rectangle (a scan without a text layer looks like this). */
function textlessPdf(pages: number): Uint8Array {
  const objs: string[] = [];
  const kids = Array.from({ length: pages }, (_, i) => `${3 + i * 2} 0 R`).join(" ");
  objs.push("<< /Type /Catalog /Pages 2 0 R >>");
  objs.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  for (let i = 0; i < pages; i++) {
    const content = "0 0 0 rg 50 50 200 300 re f";
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${4 + i * 2} 0 R >>`);
    objs.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  }
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(out);
}

const docx = (documentXml: string) =>
  zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8(documentXml) });

/** Deterministic pseudo-random bytes. */
function garbage(n: number, seed = 7): Uint8Array {
  const b = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

describe("bad input", () => {
  it("empty file, and whitespace only", async () => {
    expect((await inputError(new Uint8Array())).code).toBe("empty");
    expect((await inputError(strToU8(" \n\r\n\t "))).code).toBe("empty");
    await expect(readDocument({ text: "   " })).rejects.toMatchObject({ code: "empty" });
  });

  it("a file over the size limit names the limit", async () => {
    const e = await inputError(new Uint8Array(3 * 1024 * 1024).fill(65), { maxBytes: 2 * 1024 * 1024 });
    expect(e.code).toBe("too-large");
    expect(e.zh).toContain("2.0 MB");
    expect(e.en).toContain("the limit is 2.0 MB");
  });

  it("a truncated .docx and a .docx with damaged data are corrupt", async () => {
    const good = readFileSync("../shared/corpus/derived/002_4ae575586cf2a2c2.docx");
    expect((await inputError(new Uint8Array(good.subarray(0, good.length >> 1)))).code).toBe("corrupt");
    // Damage the compressed data, not the central directory (found from the end record).
    const damaged = new Uint8Array(good);
    const cd = Buffer.from(good).readUInt32LE(good.length - 22 + 16);
    for (let i = 200; i < cd - 50; i += 7) damaged[i] = (damaged[i] ?? 0) ^ 0x5a;
    expect((await inputError(damaged)).code).toBe("corrupt");
  });

  it("a zip that is not a Word document (and a .docx without its body) says so", async () => {
    const other = zipSync({ "readme.txt": strToU8("hello"), "data/a.bin": new Uint8Array(10) });
    const e = await inputError(other);
    expect(e.code).toBe("unsupported-format");
    expect(e.zh).toContain(".docx");
  });

  it("a zip bomb is refused before inflating, with the limit in the message", async () => {
    const big = `<w:document><w:body><w:p><w:r><w:t>${"0".repeat(4 * 1024 * 1024)}</w:t></w:r></w:p></w:body></w:document>`;
    const bomb = docx(big);
    expect(bomb.length).toBeLessThan(64 * 1024); // compresses ~1000×
    const e = await inputError(bomb, { maxUncompressedBytes: 1024 * 1024 });
    expect(e.code).toBe("zip-bomb");
    expect(e.zh).toContain("1.0 MB");
  });

  it("a zip whose directory understates an entry's size cannot inflate past it", async () => {
    const z = docx(`<w:document><w:body><w:p><w:r><w:t>${"1".repeat(200_000)}</w:t></w:r></w:p></w:body></w:document>`);
    // Rewrite the declared uncompressed size (local header at 22, central directory at +24) to 100.
    const buf = Buffer.from(z);
    for (let i = 0; i < buf.length - 4; i++)
      if (buf.readUInt32LE(i) === 0x02014b50 || buf.readUInt32LE(i) === 0x04034b50) {
        const at = buf.readUInt32LE(i) === 0x04034b50 ? i + 22 : i + 24;
        if (buf.readUInt32LE(at) > 100_000) buf.writeUInt32LE(100, at);
      }
    try {
      const doc = await readDocument({ bytes: new Uint8Array(buf), name: "lying.docx" });
      expect(doc.text.length).toBeLessThan(1000);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
    }
  });

  it("an encrypted PDF", async () => {
    const e = await inputError(new Uint8Array(readFileSync(join(REPO_ROOT, "test/fixtures/formats/encrypted.pdf"))));
    expect(e.code).toBe("encrypted");
    expect(e.zh).toContain("密码");
  });

  it("a PDF without a text layer (a scan) names its pages", async () => {
    const e = await inputError(textlessPdf(3));
    expect(e.code).toBe("scanned-pdf");
    expect(e.zh).toContain("第 1–3 页");
    expect(e.en).toContain("1–3");
  });

  it("a damaged PDF is corrupt, a truncated one never crashes", async () => {
    const fake = new Uint8Array([...strToU8("%PDF-1.7\n"), ...garbage(5000)]);
    expect(["corrupt", "scanned-pdf"]).toContain((await inputError(fake)).code);
    const real = readFileSync("../shared/corpus/real/2024_jiangsu_huaian_hongze_district_gov.pdf");
    try {
      const doc = await readDocument({ bytes: new Uint8Array(real.subarray(0, real.length >> 1)), name: "half.pdf" });
      expect(doc.kind).toBe("pdf");
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
    }
  }, 30_000);

  it("spreadsheets and presentations sent by mistake", async () => {
    const xlsx = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.xml": strToU8("<workbook/>") });
    const e = await inputError(xlsx);
    expect(e.code).toBe("unsupported-format");
    expect(e.zh).toContain("Excel");
    // An .xls is an OLE compound file with a Workbook stream.
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Buffer.from("Workbook", "utf16le"), 1024);
    const x = await inputError(ole);
    expect(x.code).toBe("unsupported-format");
    expect(x.en).toContain("Excel");
  });

  it("a password-protected .docx (OLE EncryptedPackage) and a damaged .doc", async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Buffer.from("EncryptedPackage", "utf16le"), 1024);
    expect((await inputError(ole)).code).toBe("encrypted");
    const doc = new Uint8Array(readFileSync(join(REPO_ROOT, "test/fixtures/formats/doc/002_4ae575586cf2a2c2.doc")));
    const cut = doc.slice(0, 9000);
    expect((await inputError(cut)).code).toBe("corrupt");
  });

  it("images (PNG, JPEG, GIF) say text in images cannot be read", async () => {
    const heads = [
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      [0xff, 0xd8, 0xff, 0xe0],
      [...strToU8("GIF89a")],
    ];
    for (const h of heads) {
      const e = await inputError(new Uint8Array([...h, ...garbage(500)]));
      expect(e.code).toBe("unsupported-format");
      expect(e.zh).toContain("图片");
    }
  });

  it("binary garbage, archives and RTF", async () => {
    expect((await inputError(garbage(10_000))).code).toBe("binary");
    expect((await inputError(new Uint8Array([0x1f, 0x8b, 8, 0, ...garbage(100)]))).code).toBe("unsupported-format");
    expect((await inputError(strToU8("{\\rtf1\\ansi hello}"))).code).toBe("unsupported-format");
  });

  it("text that is neither UTF-8 nor GB18030 is an encoding error", async () => {
    // Latin-1 "café naïve …": 0xE9 followed by a space is invalid in both.
    const latin1 = new Uint8Array([...strToU8("caf"), 0xe9, 0x20, ...strToU8("na"), 0xef, 0x76, 0x65, 0x20, ...strToU8("report text ".repeat(20))]);
    expect((await inputError(latin1)).code).toBe("encoding");
  });
});

describe("PDF limits", () => {
  it("too many pages, and too long to read, each say the limit", async () => {
    const real = new Uint8Array(readFileSync("../shared/corpus/real/2024_jiangsu_huaian_hongze_district_gov.pdf"));
    const pages = await inputError(real, { maxPdfPages: 2 });
    expect(pages.code).toBe("too-large");
    expect(pages.zh).toContain("上限 2 页");
    const slow = await inputError(real, { maxPdfMs: 0 });
    expect(slow.code).toBe("too-large");
    expect(slow.en).toContain("took too long");
  }, 30_000);
});

describe("malformed structure", () => {
  it("absurdly deep HTML nesting is an InputError or a document, never a crash", async () => {
    const deep = `<html><body>${"<div>".repeat(200_000)}一、总体情况${"</div>".repeat(200_000)}</body></html>`;
    try {
      const doc = await readDocument({ text: deep, name: "deep.html" });
      expect(doc.kind).toBe("html");
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
    }
  }, 30_000);
});
