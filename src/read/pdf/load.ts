// Loads pdf.js once per process: without letting its polyfills slow down everything else, and
// with its worker (which runs in this thread under Node) patched for text extraction speed.
//
// 1. The legacy build bundles core-js, which on Node 20 (V8 11.3) *replaces* working natives:
// Array.prototype.push (a JS loop, for an edge case of non-writable lengths), JSON.parse and
// JSON.stringify (JS re-implementations for the parse-with-source / rawJSON proposals) and
// Function.prototype.toString. Once a PDF had been read, every push and every JSON call in the
// process went through them — about a quarter of the CPU time of reading a PDF, and a slowdown of
// all later work in the same review worker. pdf.js needs none of those proposals, so the natives
// are put back after both bundles (the API and the worker) are loaded. Polyfills that only *add*
// missing features (Promise.withResolvers, Map.getOrInsert, Iterator…) stay.
//
// 2. The worker bundle is evaluated from its source with the patches in ./worker-patches.ts
// applied. Each must match exactly once in the pinned pdf.js version; if pdf.js changes, the
// stock worker is used unpatched (slower, same text).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { constants, runInThisContext } from "node:vm";
import { PATCHED_VERSION, patchWorker } from "./worker-patches.js";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

const NATIVES: [object, PropertyKey][] = [
  [Array.prototype, "push"],
  [JSON, "parse"],
  [JSON, "stringify"],
  [Function.prototype, "toString"],
];

let loading: Promise<PdfJs> | undefined;
/** Whether the worker in use is the patched one (for tests and benches). */
export let workerPatched = false;
/** Why the stock worker is in use instead, when it is (for tests and benches). */
export let workerUnpatchedBecause: string | null = null;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const saved = NATIVES.map(([o, k]) => [o, k, Object.getOwnPropertyDescriptor(o, k)] as const);
    try {
      const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
      // The worker bundle sets globalThis.pdfjsWorker, which pdf.js then uses in this thread
      // instead of importing it by URL on the first document.
      try {
        workerUnpatchedBecause =
          pdfjs.version === PATCHED_VERSION ? loadPatchedWorker() : `pdf.js ${pdfjs.version}; the patches are for ${PATCHED_VERSION}`;
      } catch (e) {
        // never worse than stock: fall back to it below, and keep the reason
        workerUnpatchedBecause = `the patched worker failed to load: ${e instanceof Error ? e.message : String(e)}`;
      }
      workerPatched = workerUnpatchedBecause === null;
      if (!workerPatched) {
        const stock: string = "pdfjs-dist/legacy/build/pdf.worker.mjs"; // no type declarations ship for it
        await import(stock);
      }
      return pdfjs;
    } finally {
      for (const [o, k, d] of saved) if (d) Object.defineProperty(o, k, d);
    }
  })();
  return loading;
}

/** Evaluates the patched worker; null when it is in place, else why not. */
function loadPatchedWorker(): string | null {
  const file = createRequire(import.meta.url).resolve("pdfjs-dist/legacy/build/pdf.worker.mjs");
  const source = patchWorker(readFileSync(file, "utf8"));
  if (source === null) return "a patch does not match the worker source exactly once";
  // The bundle is one ES module without static imports; as a script it needs its export and
  // import.meta replaced. Its one dynamic import (a JPEG 2000 decoder fallback) keeps working.
  const script = source
    .replace(/^export \{ WorkerMessageHandler \};$/m, "")
    .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(file).href));
  runInThisContext(`(function () {"use strict";\n${script}\n})();`, {
    filename: `${file} (patched for text extraction)`,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const loaded = typeof (globalThis as { pdfjsWorker?: { WorkerMessageHandler?: unknown } }).pdfjsWorker?.WorkerMessageHandler === "function";
  return loaded ? null : "the patched worker did not set globalThis.pdfjsWorker";
}
