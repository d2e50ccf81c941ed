// Bytes → text for text-like inputs (plain text, Markdown, HTML): BOM first, then the charset an
// HTML page declares, then strict UTF-8, then GB18030 (a superset of GBK and GB2312, the
// encodings of Chinese Windows). Anything that decodes to control characters is binary.
import { InputError } from "../model/errors.js";

export interface Decoded {
  text: string;
  encoding: string;
}

const GB_LABELS = /^(gb2312|gbk|gb18030|x-gbk|cp936|windows-936|euc-cn|hz-gb-2312|csgb2312|chinese)$/i;

/** The charset an HTML page declares in its first bytes (<meta charset> or http-equiv). */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function bomOf(bytes: Uint8Array): { label: string; skip: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { label: "utf-8", skip: 3 };
  if (a === 0xff && b === 0xfe) return { label: "utf-16le", skip: 2 };
  if (a === 0xfe && b === 0xff) return { label: "utf-16be", skip: 2 };
  return null;
}

/** UTF-16 without a BOM shows as many zero bytes on one parity (ASCII-range text). */
function utf16NoBom(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.3 && evenZero < half * 0.05) return "utf-16le";
  if (evenZero > half * 0.3 && oddZero < half * 0.05) return "utf-16be";
  return null;
}

/** Share of characters that never occur in a document (C0 controls other than tab/newline/CR/FF, U+FFFD). */
export function controlRatio(text: string): number {
  const n = Math.min(text.length, 65536);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || c === 0x7f) bad++;
  }
  return bad / n;
}

export function decodeBytes(bytes: Uint8Array, name: string, opts: { html?: boolean } = {}): Decoded {
  const bom = bomOf(bytes);
  let out: Decoded | null = null;
  if (bom) {
    const t = tryDecode(bytes.subarray(bom.skip), bom.label);
    if (t !== null) out = { text: t, encoding: bom.label };
  }
  if (!out) {
    const u16 = utf16NoBom(bytes);
    const t = u16 ? tryDecode(bytes, u16) : null;
    if (u16 && t !== null) out = { text: t, encoding: u16 };
  }
  if (!out && opts.html) {
    const declared = metaCharset(bytes);
    if (declared) {
      const label = GB_LABELS.test(declared) ? "gb18030" : declared;
      const t = tryDecode(bytes, label);
      if (t !== null) out = { text: t, encoding: label === "gb18030" ? declared : label };
    }
  }
  if (!out) {
    const t = tryDecode(bytes, "utf-8");
    if (t !== null) out = { text: t, encoding: "utf-8" };
  }
  if (!out) {
    const t = tryDecode(bytes, "gb18030");
    if (t !== null) out = { text: t, encoding: "gb18030" };
  }
  if (!out) {
    if (controlRatio(new TextDecoder("latin1").decode(bytes.subarray(0, 65536))) > 0.02) throw binaryError(name);
    throw new InputError(
      "encoding",
      `无法识别文件的文字编码（既不是 UTF-8，也不是 GBK/GB18030 或带 BOM 的 UTF-16）：${name}。请另存为 UTF-8 文本、.docx 或 PDF 后再发送。`,
      `Cannot tell the file's text encoding (it is not UTF-8, GBK/GB18030 or UTF-16 with a BOM): ${name}. Save it as UTF-8 text, .docx or PDF and send that.`,
      name,
    );
  }
  out.text = out.text.replace(/^\uFEFF/, "");
  if (controlRatio(out.text) > 0.01) throw binaryError(name);
  return out;
}

export function binaryError(name: string): InputError {
  return new InputError(
    "binary",
    `这不是文字文件，也不是可识别的文档格式（内容是二进制数据）：${name}。请发送报告的 .docx、.doc、PDF、网页（.html）或纯文本。`,
    `This is neither text nor a document format we recognise (the content is binary data): ${name}. Send the report as .docx, .doc, PDF, a web page (.html) or plain text.`,
    name,
  );
}
