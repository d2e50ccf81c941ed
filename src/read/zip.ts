// Capped unzip for OOXML files. Sizes are checked from the zip directory BEFORE anything is
// inflated, and fflate inflates each entry into a buffer of exactly its declared size, so a
// bomb (or an entry lying about its size) cannot take more memory than the cap.
import { unzipSync } from "fflate";
import { InputError } from "../model/errors.js";

export interface ZipLimits {
  /** Total uncompressed bytes of the entries we inflate. */
  maxUncompressed: number;
}

export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Names of all entries (nothing is inflated). Throws "corrupt" for a damaged archive. */
export function zipEntryNames(bytes: Uint8Array, name: string): string[] {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch {
    throw corruptZip(name);
  }
  return names;
}

/** Inflates the entries `want` selects, within the limit. */
export function unzipEntries(
  bytes: Uint8Array,
  want: (entry: string) => boolean,
  limits: ZipLimits,
  name: string,
): Record<string, Uint8Array> {
  let total = 0;
  let tooBig = false;
  let ratioBomb = false;
  try {
    const files = unzipSync(bytes, {
      filter: (f) => {
        if (!want(f.name)) return false;
        total += f.originalSize;
        // A real document compresses text maybe 10–30×; 1000× and megabytes is a bomb.
        if (f.originalSize > 10_000_000 && f.originalSize > f.size * 1000) ratioBomb = true;
        if (total > limits.maxUncompressed) tooBig = true;
        return !tooBig && !ratioBomb;
      },
    });
    if (tooBig || ratioBomb) throw zipBomb(total, limits.maxUncompressed, name);
    return files;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw corruptZip(name);
  }
}

function zipBomb(total: number, max: number, name: string): InputError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new InputError(
    "zip-bomb",
    `文件解压后过大（至少 ${mb(total)} MB，上限 ${mb(max)} MB），疑似压缩炸弹，已拒绝读取：${name}。请确认文件来源，或另存为 PDF/纯文本后再发送。`,
    `The file would unpack to at least ${mb(total)} MB (the limit is ${mb(max)} MB); it looks like a zip bomb and was not read: ${name}. Check where it came from, or save it as PDF or plain text and send that.`,
    name,
  );
}

export function corruptZip(name: string): InputError {
  return new InputError(
    "corrupt",
    `文件已损坏或不完整（压缩包无法打开）：${name}。请用 Word/WPS 重新打开并另存为 .docx 后再发送。`,
    `The file is damaged or incomplete (the archive cannot be opened): ${name}. Open it in Word/WPS, save it again as .docx and send that.`,
    name,
  );
}
