import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readDocument } from "../index.js";
import { DOCUMENT_OPTIONS } from "./index.js";
import { loadPdfJs, workerPatched, workerUnpatchedBecause } from "./load.js";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const CORPUS = ["derived", "real"].map((d) => join(ROOT, "../shared/corpus", d));
const PDFS = CORPUS.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".pdf")).map((f) => join(d, f))).sort();

// Every text item of every page, as JSON: run here (patched worker) and in a child process with stock pdf.js.
const DUMP = `
const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
const [files, options] = JSON.parse(process.argv[1]);
const out = [];
for (const f of files) {
  const doc = await pdfjs.getDocument({ data: new Uint8Array((await import("node:fs")).readFileSync(f)), ...options }).promise;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    out.push([f, p, page.view, (await page.getTextContent()).items]);
  }
  await doc.destroy();
}
process.stdout.write(JSON.stringify(out));
`;

describe("pdf.js loading", () => {
  it("leaves the process's natives (push, JSON) in place after a PDF is read", async () => {
    const natives = [Array.prototype.push, JSON.parse, JSON.stringify, Function.prototype.toString];
    const doc = await readDocument({ bytes: new Uint8Array(readFileSync(PDFS[0] as string)), name: "a.pdf" });
    expect(doc.pages).toBe(4);
    expect([Array.prototype.push, JSON.parse, JSON.stringify, Function.prototype.toString]).toEqual(natives);
    expect(Array.prototype.push === natives[0]).toBe(true);
  });

  it("the patched worker returns exactly the stock worker's text items on every corpus PDF", async () => {
    const pdfjs = await loadPdfJs();
    expect(workerUnpatchedBecause).toBeNull();
    expect(workerPatched).toBe(true);
    const ours: unknown[] = [];
    for (const f of PDFS) {
      const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(f)), ...DOCUMENT_OPTIONS }).promise;
      for (let p = 1; p <= doc.numPages; p++) {
        const page = await doc.getPage(p);
        ours.push([f, p, page.view, (await page.getTextContent()).items]);
      }
      await doc.destroy();
    }
    const stock = execFileSync(process.execPath, ["--input-type=module", "-e", DUMP, JSON.stringify([PDFS, DOCUMENT_OPTIONS])], {
        cwd: ROOT,
        maxBuffer: 256 << 20,
        encoding: "utf8",
      });
    expect(PDFS.length).toBe(8);
    expect(ours.length).toBe(36);
    // Font names carry the document's number in this process (g_d3_f1): not part of the text.
    const plain = (json: string) => JSON.parse(json.replace(/"g_d\d+_/g, '"g_'));
    expect(plain(JSON.stringify(ours))).toEqual(plain(stock));
  });
});
