// Label normalisation (spec §3.4): NFKC, punctuation width unified, quotes and whitespace dropped,
// with a map from every normalised character back to its offset in the source string, so a label
// matched on the normalised text can be located exactly in the document.

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
  // Hot path (runs over the whole document): char codes into a typed buffer, strings built once.
  const n = s.length;
  let out = new Uint16Array(n + 16);
  let map = new Int32Array(n + 17);
  let k = 0;
  const push = (code: number, src: number): void => {
    if (k >= out.length) {
      const o2 = new Uint16Array(out.length * 2);
      o2.set(out);
      out = o2;
      const m2 = new Int32Array(map.length * 2 + 1);
      m2.set(map);
      map = m2;
    }
    out[k] = code;
    map[k++] = src;
  };
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 34 || c === 39) continue;
      push(c >= 65 && c <= 90 ? c + 32 : c, i);
      continue;
    }
    if (c >= 0x4e00 && c <= 0x9fff && !VARIANT_CODES.has(c)) {
      push(c, i);
      continue;
    }
    if (c >= 0xff01 && c <= 0xff5e) {
      const a = c - 0xfee0;
      if (a === 34 || a === 39) continue;
      push(a >= 65 && a <= 90 ? a + 32 : a, i);
      continue;
    }
    if (c >= 0x3001 && c <= 0x303f) {
      // CJK punctuation is its own NFKC form; "1、" means "1."
      push(c === 0x3001 && k > 0 && isDigitCode(out[k - 1]!) ? 46 : c, i);
      continue;
    }
    let ch = s[i] as string;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) ch = s.slice(i, i + 2);
    let norm = SLOW_CACHE.get(ch);
    if (norm === undefined) {
      norm = normChar(ch);
      SLOW_CACHE.set(ch, norm);
    }
    for (let j = 0; j < norm.length; j++) push(norm.charCodeAt(j), i);
    if (ch.length === 2) i++;
  }
  map[k] = n;
  return { text: UTF16.decode(out.subarray(0, k)), map: map.subarray(0, k + 1) };
}

const SLOW_CACHE = new Map<string, string>();
const UTF16 = new TextDecoder("utf-16le");
const VARIANT_CODES = new Set(Object.keys(VARIANTS).map((ch) => ch.charCodeAt(0)));

/** Normalised form without the map (for labels). */
export function normalizeLabel(s: string): string {
  return normalizeWithMap(s).text.replace(/[:：]$/, "");
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
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
