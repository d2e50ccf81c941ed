// Label normalisation (spec §3.4): NFKC, punctuation width unified, quotes and whitespace dropped,
// with a map from every normalised character back to its offset in the source string, so a label
// matched on the normalised text can be located exactly in the document.
import { isAsciiDigit } from "./chars.js";

/** Characters dropped entirely: quotes (extraction often loses them) and the blank-cell marker. */
const DROPPED = new Set(["“", "”", "‘", "’", '"', "'", "「", "」", "『", "』", "\uE000", "\u200B", "\uFEFF"]);

/** Traditional/variant characters seen in titles and labels, mapped to the simplified form. */
export const VARIANTS: Readonly<Record<string, string>> = {
  郟: "郏",
  縣: "县",
  區: "区",
  鎮: "镇",
  鄉: "乡",
  報: "报",
  資: "资",
  訊: "讯",
  開: "开",
  門: "门",
  務: "务",
  實: "实",
  園: "园",
};

const DASHES = new Set(["—", "–", "－", "―", "‐", "‑", "‒", "−"]);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0 || c === 0x2002 || c === 0x2003 || c === 0x2009;
}

/** Normalises one character (no context): "" means drop. */
export function normChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 0x80) {
    if (isSpace(c)) return "";
    if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
    return DROPPED.has(ch) ? "" : ch;
  }
  if (isSpace(c) || DROPPED.has(ch)) return "";
  if (c >= 0xff01 && c <= 0xff5e) return normChar(String.fromCharCode(c - 0xfee0)); // full-width ASCII
  if (DASHES.has(ch)) return "-";
  const v = VARIANTS[ch];
  if (v) return v;
  if (c >= 0x4e00 && c <= 0x9fff) return ch; // the common case, no NFKC needed
  const n = ch.normalize("NFKC");
  return n === ch ? ch : Array.from(n).map(normChar).join("");
}

export interface Normalized {
  /** The normalised text. */
  text: string;
  /** map[i] = index in the source of the character that produced text[i]; map[text.length] = source length. */
  map: Int32Array;
}

/**
 * Normalises `s` with an offset map. Besides per-character rules, "、" and "．" after a digit become
 * "." (item numbering "1、" / "1．" is the same as "1.").
 */
export function normalizeWithMap(s: string): Normalized {
  const n = s.length;
  const codes = codesOf(s);
  const k = normalizeInto(codes, n);
  const out = { text: outText(k), map: MAP.slice(0, k + 1) };
  releaseScratch();
  return out;
}

/**
 * normalizeWithMap of the string held as UTF-16 codes in codes[0, n), with `head` copied into the
 * same allocation as the map (one typed array for both: the stream's raw map and norm map live and
 * die together); returns that copy as `head`.
 */
export function normalizeCodesWithHead(codes: Uint16Array, n: number, head: Int32Array): Normalized & { head: Int32Array } {
  const k = normalizeInto(codes, n);
  const text = outText(k);
  const h = head.length;
  const both = new Int32Array(h + k + 1);
  both.set(head);
  both.set(MAP.subarray(0, k + 1), h);
  releaseScratch();
  return { text, map: both.subarray(h), head: both.subarray(0, h) };
}

/** OUT[0, k) as text; unpaired surrogates become U+FFFD, one for one (as a UTF-16 decoder does). */
function outText(k: number): string {
  const t = codesToString(OUT, k);
  return sawSurrogate ? t.replace(LONE_SURROGATE, "\uFFFD") : t;
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Whether the last normalizeInto met a surrogate (only the slow path can emit one). */
let sawSurrogate = false;

// Hot path (runs over the whole document, and over every label looked up): one table lookup per
// code into reused scratch buffers; only the results are allocated.
const KEEP_MAX = 0xfffd; // table values above this are markers, not codes
const DROP = 0xfffe;
const SLOW = 0xffff;
/** FAST[c]: the normalised code of c, DROP, or SLOW (NFKC fallback, memoised back into FAST). */
const FAST = buildFastTable();
/** Bit per code in 0x4e00–0x9fff: set for the variant characters (郟 → 郏), which are not kept as they are. */
const CJK_VARIANT = new Uint32Array((0xa000 - 0x4e00) >> 5);
for (const ch of Object.keys(VARIANTS)) {
  const c = ch.charCodeAt(0);
  if (c >= 0x4e00 && c <= 0x9fff) CJK_VARIANT[(c - 0x4e00) >> 5]! |= 1 << (c & 31);
}
let OUT = new Uint16Array(4096);
let MAP = new Int32Array(4097);
/** Scratch kept between calls up to this many codes; a larger document's buffers are let go. */
const SCRATCH_KEEP = 1 << 18;

function releaseScratch(): void {
  if (OUT.length > SCRATCH_KEEP) {
    OUT = new Uint16Array(4096);
    MAP = new Int32Array(4097);
  }
  if (viewA && viewA.codes.length > SCRATCH_KEEP) viewA = null;
  if (viewB && viewB.codes.length > SCRATCH_KEEP) viewB = null;
}

function buildFastTable(): Uint16Array {
  const t = new Uint16Array(0x10000).fill(SLOW);
  for (let c = 0; c < 0x80; c++) t[c] = c === 32 || c === 9 || c === 10 || c === 13 || c === 34 || c === 39 ? DROP : c >= 65 && c <= 90 ? c + 32 : c;
  for (let c = 0x4e00; c <= 0x9fff; c++) t[c] = c;
  for (const [from, to] of Object.entries(VARIANTS)) t[from.charCodeAt(0)] = to.charCodeAt(0);
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = t[c - 0xfee0]!; // full-width ASCII as ASCII
  // CJK punctuation is its own NFKC form (「」 included: the fast path has always kept them)
  for (let c = 0x3001; c <= 0x303f; c++) t[c] = c;
  return t;
}

/** Labels and texts as UTF-16 codes, for normalizeInto. */
const codesOf = stringCodes();

/**
 * A reusable buffer for the UTF-16 codes of one string at a time: the function it returns fills the
 * buffer with a string's codes and returns it (at least that many codes long, valid until its next
 * call). Buffer#write copies natively, where charCodeAt costs ~3 ns a character; short strings are
 * copied by hand, cheaper than the call. A buffer grown past SCRATCH_KEEP for a long text is let go at
 * the next short one. Each hot loop that reads a string by code takes its own (stream, prose, labels).
 */
export function stringCodes(): (s: string) => Uint16Array<ArrayBufferLike> {
  let bytes: Buffer | null = null;
  let codes: Uint16Array<ArrayBufferLike> = new Uint16Array(0);
  return (s) => {
    const n = s.length;
    if (codes.length < n || (codes.length > SCRATCH_KEEP && n * 4 <= SCRATCH_KEEP)) {
      const size = Math.max(8192, n * 2);
      bytes = HAS_BUFFER ? Buffer.allocUnsafeSlow(size * 2) : null;
      codes = bytes ? new Uint16Array(bytes.buffer, bytes.byteOffset, size) : new Uint16Array(size);
    }
    if (bytes !== null && n > 32) bytes.write(s, 0, n * 2, "utf16le");
    else for (let i = 0; i < n; i++) codes[i] = s.charCodeAt(i);
    return codes;
  };
}

function grow(need: number): void {
  const size = Math.max(OUT.length * 2, need + 16);
  const o2 = new Uint16Array(size);
  o2.set(OUT);
  OUT = o2;
  const m2 = new Int32Array(size + 1);
  m2.set(MAP);
  MAP = m2;
}

/** Normalises codes[0, n) into OUT/MAP; returns the normalised length (MAP[k] = n). */
function normalizeInto(codes: Uint16Array, n: number): number {
  // every rule but the NFKC fallback emits at most one code per source code
  if (OUT.length < n + 16) grow(n + 16);
  sawSurrogate = false;
  const out = OUT;
  const map = MAP;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    // most codes are common CJK, kept as they are: a range test and a small bitmap (the 128 KB
    // table would be a cache miss per character)
    if (c >= 0x4e00 && c <= 0x9fff && (CJK_VARIANT[(c - 0x4e00) >> 5]! & (1 << (c & 31))) === 0) {
      out[k] = c;
      map[k++] = i;
      continue;
    }
    const v = FAST[c]!;
    if (v <= KEEP_MAX) {
      // "1、" means "1."
      out[k] = v === 0x3001 && k > 0 && isAsciiDigit(out[k - 1]!) ? 46 : v;
      map[k++] = i;
      continue;
    }
    if (v === DROP) continue;
    return normalizeSlow(codes, n, i, k);
  }
  map[k] = n;
  return k;
}

/** The rest of normalizeInto from codes[i], output so far k: characters outside the fast table. */
function normalizeSlow(codes: Uint16Array, n: number, i: number, k: number): number {
  for (; i < n; i++) {
    const c = codes[i]!;
    const v = FAST[c]!;
    if (v <= KEEP_MAX) {
      OUT[k] = v === 0x3001 && k > 0 && isAsciiDigit(OUT[k - 1]!) ? 46 : v;
      MAP[k++] = i;
      continue;
    }
    if (v === DROP) continue;
    if (c >= 0xd800 && c <= 0xdfff) sawSurrogate = true;
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n;
    const ch = pair ? String.fromCharCode(c, codes[i + 1]!) : String.fromCharCode(c);
    let norm = SLOW_CACHE.get(ch);
    if (norm === undefined) {
      norm = normChar(ch);
      SLOW_CACHE.set(ch, norm);
      // a single code in, at most one code out: later occurrences take the fast path
      if ((c < 0xd800 || c > 0xdfff) && (norm.length === 0 || (norm.length === 1 && norm.charCodeAt(0) <= KEEP_MAX && norm !== "、")))
        FAST[c] = norm.length === 0 ? DROP : norm.charCodeAt(0);
    }
    if (k + norm.length + (n - i) > OUT.length) grow(k + norm.length + (n - i));
    for (let j = 0; j < norm.length; j++) {
      OUT[k] = norm.charCodeAt(j);
      MAP[k++] = i;
    }
    if (pair) i++;
  }
  MAP[k] = n;
  return k;
}

/** codes[0, k) as a string. */
export function codesToString(codes: Uint16Array, k: number): string {
  if (k <= 16) {
    // short labels: a Buffer view costs more than a few concatenations
    let out = "";
    for (let i = 0; i < k; i++) out += String.fromCharCode(codes[i]!);
    return out;
  }
  if (HAS_BUFFER) return bufferView(codes).toString("utf16le", 0, k * 2);
  let out = "";
  for (let i = 0; i < k; i += 4096) out += String.fromCharCode(...codes.subarray(i, Math.min(k, i + 4096)));
  return out;
}
const HAS_BUFFER = typeof Buffer === "function";

// Byte views of the last two code buffers decoded (the scratch buffers: raw codes, then the
// normalised output), so each decode does not build a Buffer object first.
let viewA: { codes: Uint16Array; view: Buffer } | null = null;
let viewB: { codes: Uint16Array; view: Buffer } | null = null;
function bufferView(codes: Uint16Array): Buffer {
  if (viewA?.codes === codes) return viewA.view;
  if (viewB?.codes === codes) return viewB.view;
  viewB = viewA;
  viewA = { codes, view: Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength) };
  return viewA.view;
}

const SLOW_CACHE = new Map<string, string>();

/** Normalised form without the map (for labels). */
export function normalizeLabel(s: string): string {
  const t = outText(normalizeInto(codesOf(s), s.length));
  releaseScratch();
  const last = t.charCodeAt(t.length - 1);
  return last === 58 || last === 0xff1a ? t.slice(0, -1) : t;
}

/** Full-width digits and the full-width point to ASCII; other characters kept. */
export function asciiDigits(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xfee0);
    else if (ch === "．") out += ".";
    else if (ch === "－") out += "-";
    else out += ch;
  }
  return out;
}

/** Replaces variant characters (郟 → 郏) in a name, keeping everything else as printed. */
export function simplifyVariants(s: string): string {
  let out = "";
  for (const ch of s) out += VARIANTS[ch] ?? ch;
  return out;
}
