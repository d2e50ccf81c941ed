// Entry of the reader layer: sniffs the input by content, decodes it and dispatches to the reader
// of its format. Every reader returns the same block model (./blocks.ts).
// NOTE(formats helper): only UTF-8 text is wired so far; .docx/.doc/HTML/PDF/GBK come with issue 3.
import { createHash } from "node:crypto";
import { InputError } from "../model/errors.js";
import type { Document } from "./blocks.js";
import { readText } from "./text/index.js";

export type ReportInput = { bytes: Uint8Array; name?: string } | { text: string; name?: string } | { path: string };

export interface ReadLimits {
  /** Largest input accepted, in bytes. */
  maxBytes: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxBytes: 30 * 1024 * 1024 };

export async function readDocument(input: ReportInput, limits: Partial<ReadLimits> = {}): Promise<Document> {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  if ("text" in input) {
    return readText(input.text, { name: input.name ?? "（粘贴的文本）", encoding: "utf-8", sha256: sha256(input.text) });
  }
  let bytes: Uint8Array;
  let name: string;
  if ("path" in input) {
    const { readFile, stat } = await import("node:fs/promises");
    name = input.path;
    const st = await stat(input.path).catch(() => null);
    if (!st || !st.isFile())
      throw new InputError("not-found", `找不到文件：${input.path}`, `File not found: ${input.path}`, input.path);
    if (st.size > lim.maxBytes) throw tooLarge(st.size, lim.maxBytes, name);
    bytes = new Uint8Array(await readFile(input.path));
  } else {
    bytes = input.bytes;
    name = input.name ?? "（上传的文件）";
  }
  if (bytes.length > lim.maxBytes) throw tooLarge(bytes.length, lim.maxBytes, name);
  if (bytes.length === 0) throw new InputError("empty", `文件是空的：${name}`, `The file is empty: ${name}`, name);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError("encoding", `无法识别文件编码：${name}`, `Cannot decode the file: ${name}`, name);
  }
  return readText(text.replace(/^\uFEFF/, ""), { name, encoding: "utf-8", sha256: sha256(bytes) });
}

function tooLarge(size: number, max: number, name: string): InputError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new InputError(
    "too-large",
    `文件过大（${mb(size)} MB），上限为 ${mb(max)} MB：${name}`,
    `File too large (${mb(size)} MB; the limit is ${mb(max)} MB): ${name}`,
    name,
  );
}

export function sha256(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}
