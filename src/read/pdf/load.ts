// Loads pdf.js once per process, without letting its polyfills slow down everything else.
//
// The legacy build bundles core-js, which on Node 20 (V8 11.3) *replaces* working natives:
// Array.prototype.push (a JS loop, for an edge case of non-writable lengths), JSON.parse and
// JSON.stringify (JS re-implementations for the parse-with-source / rawJSON proposals) and
// Function.prototype.toString. Once a PDF had been read, every push and every JSON call in the
// process went through them — about a quarter of the CPU time of reading a PDF, and a slowdown of
// all later work in the same review worker. pdf.js needs none of those proposals, so the natives
// are put back after both bundles (the API and the worker, which runs in this thread) are loaded.
// Polyfills that only *add* missing features (Promise.withResolvers, Map.getOrInsert, Iterator…) stay.

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

const NATIVES: [object, PropertyKey][] = [
  [Array.prototype, "push"],
  [JSON, "parse"],
  [JSON, "stringify"],
  [Function.prototype, "toString"],
];

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const saved = NATIVES.map(([o, k]) => [o, k, Object.getOwnPropertyDescriptor(o, k)] as const);
    try {
      const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
      // The worker bundle sets globalThis.pdfjsWorker, which pdf.js then uses in this thread
      // instead of importing it by URL on the first document. No type declarations ship for it.
      const workerModule: string = "pdfjs-dist/legacy/build/pdf.worker.mjs";
      await import(workerModule);
      return pdfjs;
    } finally {
      for (const [o, k, d] of saved) if (d) Object.defineProperty(o, k, d);
    }
  })();
  return loading;
}
