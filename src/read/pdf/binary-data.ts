// CMaps (bcmap) and standard-font programs for pdf.js, read from disk once per process.
// pdf.js asks for them per document (a CJK PDF whose fonts are not embedded needs e.g.
// UniGB-UCS2-H and Adobe-GB1-UCS2 each time); review mode reads hundreds of PDFs in one worker.
// The files are bounded (pdfjs-dist ships 2.5 MB of them), so the cache needs no eviction.
import { readFile } from "node:fs/promises";

type Kind = "cMapUrl" | "standardFontDataUrl" | "wasmUrl";

const files = new Map<string, Promise<Uint8Array>>();

/** Paths read so far (for tests). */
export const cachedBinaryFiles = (): string[] => [...files.keys()];

/** Drop-in for pdf.js's NodeBinaryDataFactory (getDocument's BinaryDataFactory option). */
export class CachedBinaryDataFactory {
  readonly #base: Partial<Record<Kind, string | null>>;

  constructor(base: { cMapUrl?: string | null; standardFontDataUrl?: string | null; wasmUrl?: string | null }) {
    this.#base = base;
  }

  async fetch({ kind, filename }: { kind: Kind; filename: string }): Promise<Uint8Array> {
    const base = this.#base[kind];
    if (!base) throw new Error(`Ensure that the \`${kind}\` API parameter is provided.`);
    const path = `${base}${filename}`;
    let bytes = files.get(path);
    if (!bytes) {
      bytes = readFile(path).then((b) => new Uint8Array(b));
      files.set(path, bytes);
      bytes.catch(() => files.delete(path)); // a failed read is retried next time
    }
    // A copy: whatever pdf.js does with the bytes (transfer, detach) never touches the cache.
    return (await bytes).slice();
  }
}
