// Turns the command's arguments (folders, files, ZIP archives) into the list of files to review.
// ZIP entries are inflated in memory within limits (never written to disk, so their names cannot
// escape anywhere); names from Chinese Windows archives are usually GBK and are decoded as such.
import { readFile, readdir, stat } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { unzipSync } from "fflate";
import { InputError } from "../model/errors.js";
import type { ReviewSource } from "./types.js";

export interface InputLimits {
  maxFiles: number;
  /** Total bytes inflated from all archives. */
  maxZipBytes: number;
  /** One file (on disk or in an archive). */
  maxFileBytes: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = { maxFiles: 20_000, maxZipBytes: 1024 * 1024 * 1024, maxFileBytes: 30 * 1024 * 1024 };

const isHidden = (n: string) => n.startsWith(".") || n === "__MACOSX" || n === "Thumbs.db" || n === "desktop.ini";
const isZip = (n: string) => /\.zip$/i.test(n);

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (isHidden(e.name) || e.name === "node_modules") continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (e.isFile()) out.push(p);
  }
}

/** Entry names are UTF-8 when the archive says so; otherwise fflate gives Latin-1, most often really GBK. */
function entryName(raw: string): string {
  if (!/[\u0080-\u00ff]/.test(raw)) return raw;
  const bytes = Uint8Array.from([...raw].map((c) => c.charCodeAt(0) & 0xff));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder("gbk").decode(bytes);
    } catch {
      return raw;
    }
  }
}

function unzip(bytes: Uint8Array, zipName: string, limits: InputLimits, budget: { bytes: number }): ReviewSource[] {
  const out: ReviewSource[] = [];
  let bomb = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        const name = entryName(f.name);
        if (name.endsWith("/") || name.split("/").some(isHidden) || isZip(name)) return false;
        if (f.originalSize > limits.maxFileBytes || f.originalSize > budget.bytes) {
          bomb = true;
          return false;
        }
        budget.bytes -= f.originalSize;
        return true;
      },
    });
  } catch {
    throw new InputError(
      "corrupt",
      `压缩包已损坏或无法打开：${zipName}。请重新打包后再试。`,
      `The ZIP archive is damaged or cannot be opened: ${zipName}. Pack it again and retry.`,
      zipName,
    );
  }
  if (bomb)
    throw new InputError(
      "zip-bomb",
      `压缩包解压后过大（单个文件上限 ${limits.maxFileBytes / 1024 / 1024} MB），疑似压缩炸弹，已拒绝读取：${zipName}。`,
      `The ZIP archive would unpack to too much data (at most ${limits.maxFileBytes / 1024 / 1024} MB a file); it looks like a zip bomb and was not read: ${zipName}.`,
      zipName,
    );
  for (const [raw, data] of Object.entries(files)) out.push({ name: `${zipName}/${entryName(raw)}`, bytes: data });
  return out;
}

export interface CollectedInputs {
  sources: ReviewSource[];
  /** Archives that could not be opened: listed like any unreadable file. */
  failed: { name: string; error: InputError }[];
}

/** Lists the files of the given folders, files and archives, sorted by display name. */
export async function collectInputs(args: string[], limits: InputLimits = DEFAULT_INPUT_LIMITS): Promise<CollectedInputs> {
  if (args.length === 0)
    throw new InputError("not-found", "请给出要审阅的文件夹、文件或 ZIP 压缩包。", "Give a folder, files or a ZIP archive to review.");
  const sources: ReviewSource[] = [];
  const failed: CollectedInputs["failed"] = [];
  const budget = { bytes: limits.maxZipBytes };
  const single = args.length === 1;
  const addZip = async (path: string, name: string) => {
    try {
      const st = await stat(path);
      if (st.size > limits.maxZipBytes) throw new InputError("too-large", `压缩包过大：${name}`, `The ZIP archive is too large: ${name}`, name);
      sources.push(...unzip(new Uint8Array(await readFile(path)), name, limits, budget));
    } catch (e) {
      if (e instanceof InputError) failed.push({ name, error: e });
      else failed.push({ name, error: new InputError("unreadable", `无法读取压缩包：${name}`, `Cannot read the archive: ${name}`, name) });
    }
  };
  for (const arg of args) {
    const st = await stat(arg).catch(() => null);
    if (!st) throw new InputError("not-found", `找不到文件或文件夹：${arg}`, `No such file or folder: ${arg}`, arg);
    if (st.isDirectory()) {
      const files: string[] = [];
      await walk(arg, files);
      for (const f of files) {
        const rel = relative(arg, f).replaceAll("\\", "/");
        const name = single ? rel : `${basename(arg)}/${rel}`;
        if (isZip(f)) await addZip(f, name);
        else sources.push({ name, path: f });
      }
    } else if (isZip(arg)) await addZip(arg, basename(arg));
    else sources.push({ name: basename(arg), path: arg });
    if (sources.length > limits.maxFiles)
      throw new InputError(
        "too-large",
        `文件太多（超过 ${limits.maxFiles} 个），请分批审阅。`,
        `Too many files (more than ${limits.maxFiles}); review them in batches.`,
      );
  }
  // Two arguments may yield the same display name: keep both, told apart.
  const seen = new Map<string, number>();
  for (const s of sources) {
    const n = seen.get(s.name) ?? 0;
    seen.set(s.name, n + 1);
    if (n > 0) s.name = s.name.replace(/(\.[^./]*)?$/, (ext) => ` (${n + 1})${ext}`);
  }
  sources.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { sources, failed };
}
