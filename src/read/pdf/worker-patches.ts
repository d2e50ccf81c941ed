// Source patches to pdf.js's worker for text extraction. Each is a literal string that must occur
// exactly once in the pinned version's pdf.worker.mjs; otherwise no patch is applied at all.
// None may change the text content (str, transform, width) pdf.js returns: ./load.test.ts
// compares the patched worker's output with the stock one's on every corpus PDF.

export const PATCHED_VERSION = "5.6.205";

interface Patch {
  why: string;
  find: string;
  replace: string;
}

export const PATCHES: Patch[] = [
  {
    why:
      "TextState.clone (one per q operator) made each saved state the prototype of the next: V8 turns " +
      "an object used as a prototype into a slow, dictionary-mode one, so every later access to the text " +
      "state slowed down. Every field is copied anyway, so the class prototype gives the same object.",
    find: "const clone = Object.assign(Object.create(this), this);",
    replace: "const clone = Object.assign(Object.create(TextState.prototype), this);",
  },
];

/** The patched source, or null if any patch does not match exactly once. */
export function patchWorker(source: string): string | null {
  let out = source;
  for (const p of PATCHES) {
    const at = out.indexOf(p.find);
    if (at < 0 || out.indexOf(p.find, at + 1) >= 0) return null;
    out = out.slice(0, at) + p.replace + out.slice(at + p.find.length);
  }
  return out;
}
