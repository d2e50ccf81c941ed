// What a file is, from its first bytes (never from its name: clerks rename files, and chat
// apps drop extensions). Containers (zip, OLE) are told apart by the names of their entries.

export type Sniffed =
  | { kind: "pdf" }
  | { kind: "zip" }
  | { kind: "ole" }
  | { kind: "rtf" }
  | { kind: "image"; format: string }
  | { kind: "archive"; format: string }
  | { kind: "text" };

function startsWith(b: Uint8Array, sig: number[], at = 0): boolean {
  return sig.every((v, i) => b[at + i] === v);
}

export function sniffBytes(b: Uint8Array): Sniffed {
  // %PDF may follow a little junk (some mail gateways prepend bytes); the spec allows 1024.
  const head = new TextDecoder("latin1").decode(b.subarray(0, 1024));
  if (head.includes("%PDF-")) return { kind: "pdf" };
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06])) return { kind: "zip" };
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: "ole" };
  if (head.startsWith("{\\rtf")) return { kind: "rtf" };
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47])) return { kind: "image", format: "PNG" };
  if (startsWith(b, [0xff, 0xd8, 0xff])) return { kind: "image", format: "JPEG" };
  if (head.startsWith("GIF87a") || head.startsWith("GIF89a")) return { kind: "image", format: "GIF" };
  if (head.startsWith("BM") && b.length > 26 && b[14] !== undefined && [12, 40, 56, 108, 124].includes(b[14]))
    return { kind: "image", format: "BMP" };
  if (head.startsWith("II*\u0000") || head.startsWith("MM\u0000*")) return { kind: "image", format: "TIFF" };
  if (head.startsWith("RIFF") && head.slice(8, 12) === "WEBP") return { kind: "image", format: "WebP" };
  if (startsWith(b, [0x1f, 0x8b])) return { kind: "archive", format: "gzip" };
  if (head.startsWith("Rar!")) return { kind: "archive", format: "RAR" };
  if (startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return { kind: "archive", format: "7z" };
  return { kind: "text" };
}

/** Which OOXML/ODF document a zip holds, from its entry names. */
export function zipFlavour(names: string[]): "docx" | "xlsx" | "pptx" | "odf" | "ofd" | "other" {
  const set = new Set(names);
  if (set.has("word/document.xml")) return "docx";
  if (names.some((n) => n.startsWith("xl/"))) return "xlsx";
  if (names.some((n) => n.startsWith("ppt/"))) return "pptx";
  if (set.has("content.xml") && set.has("mimetype")) return "odf";
  if (set.has("OFD.xml")) return "ofd";
  return "other";
}

/** Which compound-file (OLE2) document this is: the directory names its streams in UTF-16LE. */
export function oleFlavour(b: Uint8Array): "doc" | "xls" | "ppt" | "encrypted-ooxml" | "other" {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  const has = (s: string) => buf.indexOf(Buffer.from(s, "utf16le")) >= 0;
  if (has("EncryptedPackage")) return "encrypted-ooxml";
  if (has("WordDocument")) return "doc";
  if (has("Workbook") || has("Book")) return "xls";
  if (has("PowerPoint Document")) return "ppt";
  return "other";
}

/** An HTML page rather than plain text or Markdown. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 65536).replace(/^\uFEFF/, "");
  if (/^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)/i.test(head)) return true;
  if (/^\s*(<\?xml[^>]*>\s*)?<html/i.test(head)) return true;
  // A fragment (copied from a page) that is mostly markup.
  const trimmed = head.trimStart();
  return trimmed.startsWith("<") && /<(table|div|p)[\s>]/i.test(head) && /<\/(table|div|p)>/i.test(head);
}

/** Markdown rather than plain text: headings, pipe tables or list markers at line starts. */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 65536);
  const headings = (head.match(/^#{1,6}\s+\S/gm) ?? []).length;
  const pipes = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/m.test(head);
  return headings >= 2 || pipes;
}
