import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { PATCHED_VERSION, PATCHES, patchWorker } from "./worker-patches.js";

const require = createRequire(import.meta.url);
const WORKER = readFileSync(require.resolve("pdfjs-dist/legacy/build/pdf.worker.mjs"), "utf8");

describe("pdf.js worker patches", () => {
  it("are written for the installed pdf.js, and each matches it exactly once", () => {
    expect((require("pdfjs-dist/package.json") as { version: string }).version).toBe(PATCHED_VERSION);
    for (const p of PATCHES) expect(WORKER.split(p.find).length - 1, p.why).toBe(1);
    const patched = patchWorker(WORKER);
    expect(patched).not.toBeNull();
    for (const p of PATCHES) expect(patched).toContain(p.replace);
  });

  it("apply all or nothing: a source where one is missing or ambiguous is left to the stock worker", () => {
    const first = PATCHES[0]?.find as string;
    expect(patchWorker(WORKER.replace(first, ""))).toBeNull();
    expect(patchWorker(`${WORKER}\n${first}`)).toBeNull();
    expect(patchWorker("")).toBeNull();
  });
});
