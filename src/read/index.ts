// Entry of the reader layer: sniffs the input by CONTENT (never by extension), decodes it and
// dispatches to the reader of its format. Every reader returns the same block model (./blocks.ts).
import { createHash } from "node:crypto";
import { InputError } from "../model/errors.js";
import type { Document } from "./blocks.js";
import { decodeBytes } from "./decode.js";
import type { FlowMeta } from "./flow.js";
import { looksLikeHtml, looksLikeMarkdown, oleFlavour, sniffBytes, zipFlavour } from "./sniff.js";
import { readText } from "./text/index.js";

export type ReportInput = { bytes: Uint8Array; name?: string } | { text: string; name?: string } | { path: string };

export interface ReadLimits {
  /** Largest input accepted, in bytes. */
  maxBytes: number;
  /** Largest total a .docx may unpack to (zip-bomb guard), in bytes. */
  maxUncompressedBytes: number;
  /** Most PDF pages read. */
  maxPdfPages: number;
  /** Longest time spent extracting a PDF's text, in milliseconds (a pathological file gives up). */
  maxPdfMs: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxBytes: 30 * 1024 * 1024,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxPdfPages: 200,
  maxPdfMs: 60_000,
};

export async function readDocument(input: ReportInput, limits: Partial<ReadLimits> = {}): Promise<Document> {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  if ("text" in input) {
    const name = input.name ?? "（粘贴的文本）";
    if (input.text.length > lim.maxBytes) throw tooLarge(input.text.length, lim.maxBytes, name);
    if (!input.text.trim()) throw emptyError(name);
    const text = input.text.replace(/^\uFEFF/, "");
    return guarded(name, async () => textLike(text, { name, encoding: "utf-8", sha256: sha256(input.text) }));
  }
  let bytes: Uint8Array;
  let name: string;
  if ("path" in input) {
    const { readFile, stat } = await import("node:fs/promises");
    name = input.path;
    const st = await stat(input.path).catch(() => null);
    if (st?.isDirectory())
      throw new InputError("not-a-file", `这是文件夹，不是文件：${input.path}`, `This is a folder, not a file: ${input.path}`, input.path);
    if (!st || !st.isFile())
      throw new InputError("not-found", `找不到文件：${input.path}`, `File not found: ${input.path}`, input.path);
    if (st.size > lim.maxBytes) throw tooLarge(st.size, lim.maxBytes, name);
    try {
      bytes = new Uint8Array(await readFile(input.path));
    } catch {
      throw new InputError("unreadable", `无法读取文件（没有权限或正被占用）：${name}`, `Cannot read the file (no permission, or in use): ${name}`, name);
    }
  } else {
    bytes = input.bytes;
    name = input.name ?? "（上传的文件）";
  }
  if (bytes.length > lim.maxBytes) throw tooLarge(bytes.length, lim.maxBytes, name);
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0))
    throw emptyError(name);
  return guarded(name, () => readBytes(bytes, name, lim));
}

async function guarded(name: string, read: () => Promise<Document>): Promise<Document> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof InputError) throw e;
    // A reader tripping over a malformed file (deep nesting, impossible offsets…) is still bad input.
    throw new InputError(
      "unreadable",
      `文件内容结构异常，无法读取：${name}。请用 Word/WPS 打开后另存为 .docx 或 PDF 再发送。`,
      `The file's content is malformed and cannot be read: ${name}. Open it in Word/WPS, save it as .docx or PDF and send that.`,
      name,
    );
  }
}

async function readBytes(bytes: Uint8Array, name: string, lim: ReadLimits): Promise<Document> {
  const hash = sha256(bytes);
  const sniffed = sniffBytes(bytes);
  switch (sniffed.kind) {
    case "pdf": {
      const { readPdf } = await import("./pdf/index.js");
      return readPdf(bytes, { name, kind: "pdf", encoding: "binary", sha256: hash }, lim.maxPdfPages, lim.maxPdfMs);
    }
    case "zip": {
      const flavour = zipFlavour((await import("./zip.js")).zipEntryNames(bytes, name));
      if (flavour === "docx") {
        const { readDocx } = await import("./docx/index.js");
        return readDocx(bytes, { name, kind: "docx", encoding: "utf-8", sha256: hash }, lim.maxUncompressedBytes);
      }
      throw unsupported(flavour, name);
    }
    case "ole": {
      const flavour = oleFlavour(bytes);
      if (flavour === "doc") {
        const { readDoc } = await import("./doc/index.js");
        return readDoc(bytes, { name, kind: "doc", encoding: "binary", sha256: hash });
      }
      if (flavour === "encrypted-ooxml")
        throw new InputError(
          "encrypted",
          `文件设置了打开密码，无法读取：${name}。请在 Word/WPS 中取消密码（文件 → 信息 → 保护文档）后另存为 .docx 再发送。`,
          `The file is password-protected and cannot be read: ${name}. Remove the password in Word/WPS, save as .docx and send that.`,
          name,
        );
      if (flavour === "other")
        throw new InputError(
          "corrupt",
          `Office 文件已损坏或无法识别（找不到 Word 正文）：${name}。请用 Word/WPS 打开后另存为 .docx 再发送。`,
          `The Office file is damaged or not recognised (no Word document inside): ${name}. Open it in Word/WPS, save it as .docx and send that.`,
          name,
        );
      throw unsupported(flavour, name);
    }
    case "rtf":
      throw unsupported("rtf", name);
    case "image":
      throw unsupported(`image:${sniffed.format}`, name);
    case "archive":
      throw unsupported(`archive:${sniffed.format}`, name);
    case "text":
      break;
  }
  const html = looksLikeHtml(new TextDecoder("latin1").decode(bytes.subarray(0, 65536)));
  const { text, encoding } = decodeBytes(bytes, name, { html });
  if (!text.trim()) throw emptyError(name);
  const meta: FlowMeta = { name, kind: "html", encoding, sha256: hash };
  if (html || looksLikeHtml(text)) return (await import("./html/index.js")).readHtml(text, meta);
  return textLike(text, { name, encoding, sha256: hash });
}

// Format readers load on first use: a text report never pays for the HTML parser.
async function textLike(text: string, meta: { name: string; encoding: string; sha256: string }): Promise<Document> {
  if (looksLikeHtml(text)) return (await import("./html/index.js")).readHtml(text, { ...meta, kind: "html" });
  const doc = readText(text, meta);
  if (doc.kind === "text" && looksLikeMarkdown(text)) doc.kind = "markdown";
  return doc;
}

const WHAT: Record<string, [string, string]> = {
  xlsx: ["Excel 表格（.xlsx）", "an Excel spreadsheet (.xlsx)"],
  xls: ["Excel 表格（.xls）", "an Excel spreadsheet (.xls)"],
  pptx: ["PowerPoint 演示文稿（.pptx）", "a PowerPoint presentation (.pptx)"],
  ppt: ["PowerPoint 演示文稿（.ppt）", "a PowerPoint presentation (.ppt)"],
  odf: ["OpenDocument 文件（.odt/.ods）", "an OpenDocument file (.odt/.ods)"],
  ofd: ["OFD 版式文件", "an OFD file"],
  rtf: ["RTF 文件", "an RTF file"],
  other: ["无法识别的压缩包或 Office 文件", "an archive or Office file we do not recognise"],
};

function unsupported(what: string, name: string): InputError {
  let zh: string;
  let en: string;
  if (what.startsWith("image:")) {
    const f = what.slice(6);
    zh = `这是一张图片（${f}），不是文字文档：${name}。暂不支持识别图片中的文字，请发送报告的 .docx、PDF（带文字层）、网页或纯文本。`;
    en = `This is an image (${f}), not a text document: ${name}. Text in images cannot be read; send the report as .docx, a PDF with a text layer, a web page or plain text.`;
  } else if (what.startsWith("archive:")) {
    const f = what.slice(8);
    zh = `这是一个压缩包（${f}），不是报告文档：${name}。请解压后发送其中的 .docx、PDF、网页或纯文本。`;
    en = `This is a compressed archive (${f}), not a report: ${name}. Unpack it and send the .docx, PDF, web page or text inside.`;
  } else {
    const [wz, we] = WHAT[what] ?? WHAT.other ?? ["", ""];
    zh = `这是${wz}，不是年度报告文档：${name}。请发送报告正文的 .docx、.doc、PDF、网页（.html）或纯文本。`;
    en = `This is ${we}, not an annual report document: ${name}. Send the report itself as .docx, .doc, PDF, a web page (.html) or plain text.`;
  }
  return new InputError("unsupported-format", zh, en, name);
}

function emptyError(name: string): InputError {
  return new InputError(
    "empty",
    `文件是空的：${name}。请发送报告的 .docx、PDF、网页或纯文本。`,
    `The file is empty: ${name}. Send the report as .docx, PDF, a web page or plain text.`,
    name,
  );
}

function tooLarge(size: number, max: number, name: string): InputError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new InputError(
    "too-large",
    `文件过大（${mb(size)} MB），上限为 ${mb(max)} MB：${name}。请只发送年度报告本身（去掉附件和图片）。`,
    `File too large (${mb(size)} MB; the limit is ${mb(max)} MB): ${name}. Send only the annual report itself (without attachments or images).`,
    name,
  );
}

export function sha256(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}
