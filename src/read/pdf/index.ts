// PDF with a text layer → block model. pdf.js (legacy build: the modern one needs DOMMatrix, which
// Node 20 lacks) gives positioned text items; ./geometry.ts turns them into lines and table cells.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { InputError } from "../../model/errors.js";
import type { Document } from "../blocks.js";
import { emitDocument, type FlowMeta } from "../flow.js";
import { CachedBinaryDataFactory } from "./binary-data.js";
import { linesToFlow, type PageText, pageWords, visualLines } from "./geometry.js";
import { loadPdfJs } from "./load.js";

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

/** getDocument options besides the data (also used by the test that compares with stock pdf.js). */
export const DOCUMENT_OPTIONS = {
  cMapUrl: `${join(PDFJS_DIR, "cmaps")}/`,
  cMapPacked: true,
  standardFontDataUrl: `${join(PDFJS_DIR, "standard_fonts")}/`,
  BinaryDataFactory: CachedBinaryDataFactory,
  verbosity: 0,
  isEvalSupported: false,
  stopAtErrors: false,
};

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
}

/** The text items of every page, with positions (PDF user space, y up). */
export async function pdfPages(bytes: Uint8Array, name: string, maxPages: number, maxMs = 60_000): Promise<PageText[]> {
  const started = performance.now();
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), ...DOCUMENT_OPTIONS });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => {});
    const kind = (e as { name?: string }).name;
    if (kind === "PasswordException")
      throw new InputError(
        "encrypted",
        `PDF 设置了打开密码，无法读取：${name}。请发送未加密的 PDF（在 WPS/Acrobat 中取消密码后另存），或发送报告的 .docx。`,
        `The PDF is password-protected and cannot be read: ${name}. Send an unencrypted PDF (remove the password and save again) or the report's .docx.`,
        name,
      );
    throw new InputError(
      "corrupt",
      `PDF 文件已损坏或不完整，无法打开：${name}。请重新导出 PDF，或发送报告的 .docx。`,
      `The PDF is damaged or incomplete and cannot be opened: ${name}. Export the PDF again, or send the report's .docx.`,
      name,
    );
  }
  try {
    if (doc.numPages > maxPages)
      throw new InputError(
        "too-large",
        `PDF 页数过多（${doc.numPages} 页，上限 ${maxPages} 页）：${name}。请只发送年度报告本身。`,
        `The PDF has too many pages (${doc.numPages}; the limit is ${maxPages}): ${name}. Send only the annual report itself.`,
        name,
      );
    const pages: PageText[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      if (performance.now() - started > maxMs)
        throw new InputError(
          "too-large",
          `PDF 处理超时（超过 ${Math.round(maxMs / 1000)} 秒，已读到第 ${p - 1} 页）：${name}。请发送报告的 .docx，或只含年度报告的 PDF。`,
          `Reading the PDF took too long (over ${Math.round(maxMs / 1000)} s; stopped after page ${p - 1}): ${name}. Send the report's .docx, or a PDF holding only the report.`,
          name,
        );
      const page = await doc.getPage(p);
      const [, , w, h] = page.view as [number, number, number, number];
      const tc = await page.getTextContent();
      const items: PageText["items"] = [];
      for (const raw of tc.items as TextItemLike[]) {
        const tr = raw.transform;
        if (!raw.str || !tr) continue;
        const size = Math.hypot(tr[2] ?? 0, tr[3] ?? 0) || Math.abs(tr[0] ?? 0) || 10;
        items.push({ str: raw.str, x: tr[4] ?? 0, y: tr[5] ?? 0, w: raw.width ?? 0, size });
      }
      pages.push({ page: p, width: w, height: h, items });
      page.cleanup();
    }
    return pages;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(
      "corrupt",
      `PDF 内容无法解析：${name}。请重新导出 PDF，或发送报告的 .docx。`,
      `The PDF content cannot be parsed: ${name}. Export the PDF again, or send the report's .docx.`,
      name,
    );
  } finally {
    await doc.destroy().catch(() => {});
  }
}

/** Page numbers as a short Chinese/English list: 1–3、5. */
function pageList(ps: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < ps.length; ) {
    let j = i;
    while (j + 1 < ps.length && (ps[j + 1] as number) === (ps[j] as number) + 1) j++;
    parts.push(i === j ? `${ps[i]}` : `${ps[i]}–${ps[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}

export async function readPdf(bytes: Uint8Array, meta: FlowMeta, maxPages: number, maxMs?: number): Promise<Document> {
  const pages = await pdfPages(bytes, meta.name, maxPages, maxMs);
  const chars = pages.map((p) => p.items.reduce((n, it) => n + it.str.replace(/\s/g, "").length, 0));
  const empty = pages.filter((_, i) => (chars[i] ?? 0) < 5).map((p) => p.page);
  const total = chars.reduce((a, b) => a + b, 0);
  if (pages.length === 0 || total < 20 || empty.length === pages.length) {
    const list = pageList(empty.length ? empty : pages.map((p) => p.page));
    throw new InputError(
      "scanned-pdf",
      `这个 PDF 没有文字层（第 ${list} 页只有图像，像是扫描件）：${meta.name}。暂不支持识别扫描件，请发送 Word/WPS 导出的 PDF、.docx 或网页版报告。`,
      `This PDF has no text layer (page(s) ${list} are images only; it looks like a scan): ${meta.name}. Scans cannot be read; send a PDF exported from Word/WPS, the .docx, or the web version of the report.`,
      meta.name,
    );
  }
  const warnings = [...(meta.warnings ?? [])];
  if (empty.length) warnings.push(`第 ${pageList(empty)} 页没有文字层（可能是扫描页或空白页），其中内容未读取。`);
  const lines = pages.flatMap((p) => visualLines(pageWords(p)));
  return emitDocument(linesToFlow(lines, pages), { ...meta, pages: pages.length, warnings });
}
