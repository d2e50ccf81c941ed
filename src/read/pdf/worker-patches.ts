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
  // Fonts. Text extraction needs a font's widths, matrix and ToUnicode map, which come from the PDF
  // and from *parsing* the embedded program (kept as is). Converting the program into an OpenType
  // file for display — most of the font cost, and most of all CPU for the Type1 and TrueType CJK
  // subsets in our corpora — only feeds font.data and the glyph remapping used for drawing
  // (toFontChar, isInFont), which getTextContent never reads. This worker only extracts text.
  {
    why:
      "Type1: converting each glyph's charstring to Type 2 is display work, except that it yields the " +
      "glyph's advance, which fills a width the PDF leaves out; only those glyphs are still converted " +
      "(the condition is the one stock pdf.js checks right after).",
    find: "const error = charString.convert(encoded, subrs, this.seacAnalysisEnabled);",
    replace:
      "const widthAt = properties.builtInEncoding ? properties.builtInEncoding.indexOf(glyph) : -1;\n" +
      "      const error = widthAt > -1 && properties.widths[widthAt] === undefined && widthAt >= properties.firstChar && widthAt <= properties.lastChar\n" +
      "        ? charString.convert(encoded, subrs, this.seacAnalysisEnabled) : false;",
  },
  {
    why: "Type1: the CFF conversion of the charstrings is only the display font.",
    find: "this.data = this.wrap(name, type2Charstrings, this.charstrings, subrs, properties);",
    replace: "this.data = null;",
  },
  {
    why:
      "Type1/CFF: after the ToUnicode adjustment from the font's built-in encoding, the rest of convert() " +
      "(glyph remap, accented-glyph map, OpenType tables) is display only.",
    find: "let glyphZeroId = 1;",
    replace: "return null;\n    let glyphZeroId = 1;",
  },
  {
    why:
      "TrueType: rewriting every glyph outline only repairs the display font; the empty glyphs it finds " +
      "only feed the display remap skipped below.",
    find: "    if (isTrueType) {\n      const glyphsInfo = sanitizeGlyphLocations(",
    replace: "    if (false) {\n      const glyphsInfo = sanitizeGlyphLocations(",
  },
  {
    why:
      "TrueType: char code → glyph id, the display remap (toFontChar) and the cmap and OS/2 tables are " +
      "display only (this block writes nothing else); it ends where the name table is read.",
    find: "    const charCodeToGlyphId = Object.create(null);\n    function hasGlyph(glyphId) {",
    replace: "    if (false) {\n    const charCodeToGlyphId = Object.create(null);\n    function hasGlyph(glyphId) {",
  },
  {
    why: "TrueType: closes the block above, before the name table's ToUnicode adjustment (text-relevant, kept).",
    find: "    if (!tables.name) {",
    replace: "    }\n    if (!tables.name) {",
  },
  {
    why: "TrueType: the OpenType file is assembled after the last text-relevant step.",
    find: "const builder = new OpenTypeFileBuilder(header.version);",
    replace: "return null;",
  },
  {
    why:
      "Flate streams went through a web DecompressionStream: Node's stream machinery around zlib cost more " +
      "than the inflating. The same zlib inflates synchronously; on any error the stock fallback (pdf.js's " +
      "own tolerant decoder) still runs. The result is copied so it owns its buffer, as before.",
    find: "      const {\n        readable,\n        writable\n      } = new DecompressionStream(name);",
    replace:
      '      if (name === "deflate") {\n' +
      '        return { decompressed: new Uint8Array(process.getBuiltinModule("zlib").inflateSync(bytes)), compressed: bytes };\n' +
      "      }\n" +
      "      const {\n        readable,\n        writable\n      } = new DecompressionStream(name);",
  },
  {
    why:
      "CMap.forEach walked every index below the highest char code. A CJK subset's ToUnicode map has a few " +
      "hundred codes spread up to ~65535, so V8 keeps it as a dictionary and each probe of a hole is slow: " +
      "a tenth of all CPU on the WPS PDFs. Object.keys gives the same indices in the same (ascending) order.",
    find:
      "      for (let i = 0; i < length; i++) {\n" +
      "        if (map[i] !== undefined) {\n" +
      "          callback(i, map[i]);\n" +
      "        }\n" +
      "      }\n" +
      "    } else {",
    replace:
      "      for (const key of Object.keys(map)) {\n" +
      "        const i = +key;\n" +
      "        if (Number.isInteger(i) && i >= 0 && i < length && map[i] !== undefined) {\n" +
      "          callback(i, map[i]);\n" +
      "        }\n" +
      "      }\n" +
      "    } else {",
  },
];

/** The patched source, or null if any patch does not match exactly once (or two overlap). */
export function patchWorker(source: string): string | null {
  // One pass over the original: the bundle is 2.3 MB of two-byte text, and patching it step by
  // step re-flattened it each time (~0.1 s per process).
  const hits: { at: number; patch: Patch }[] = [];
  for (const patch of PATCHES) {
    const at = source.indexOf(patch.find);
    if (at < 0 || source.indexOf(patch.find, at + 1) >= 0) return null;
    hits.push({ at, patch });
  }
  hits.sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  let pos = 0;
  for (const { at, patch } of hits) {
    if (at < pos) return null;
    parts.push(source.slice(pos, at), patch.replace);
    pos = at + patch.find.length;
  }
  parts.push(source.slice(pos));
  return parts.join("");
}
