import { isJsWhitespace } from "../../normalize/chars.js";
import { locate, normalise, parseChineseNumeral } from "../narrative/text.js";
import { defineRule } from "../rule.js";

const ORDINAL = /([一二三四五六七八九十])是/g;
// A list restarts under each sub-heading: （一） or （1）, a numbered heading "5." opening a sentence (crawler
// text runs headings into the paragraph: "…工作。5.加强平台建设一是…"), and a line break.
const CHUNK = /[（(](?:[一二三四五六七八九十]+|[0-9０-９]{1,2})[）)]|(?:^|(?<=[。；！？：:]))[0-9０-９]{1,2}[.．、](?=[\u4e00-\u9fa5])|\n/;

const CHUNKS = new RegExp(CHUNK.source, "g");
const NUMERALS = "一二三四五六七八九十";

/** The pieces of text between CHUNK breaks (as text.split(CHUNK)), each with its offset in text. */
function chunksOf(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let from = 0;
  for (const m of text.matchAll(CHUNKS)) {
    out.push({ text: text.slice(from, m.index), at: from });
    from = m.index + m[0].length;
  }
  out.push({ text: text.slice(from), at: from });
  return out;
}

interface Ordinal {
  /** 1–10 */
  n: number;
  /** Offset of the numeral, and just after its 是. */
  numeral: number;
  end: number;
}

/** The ordinals "一是" … "十是" of raw text, whitespace between numeral and 是 ignored as normalise drops it. */
function ordinals(raw: string): Ordinal[] {
  const out: Ordinal[] = [];
  for (let k = raw.indexOf("是", 1); k >= 0; k = raw.indexOf("是", k + 1)) {
    let j = k - 1;
    while (j >= 0 && isJsWhitespace(raw.charCodeAt(j))) j--;
    const n = j >= 0 ? NUMERALS.indexOf(raw.charAt(j)) + 1 : 0;
    if (n > 0) out.push({ n, numeral: j, end: k + 1 });
  }
  return out;
}

/** Cheap necessary test for a broken list in some chunk of `raw`: every step of the ordinals that is not +1
 *  must have a chunk break (CHUNK) between its two ordinals, or the chunks are worth splitting. A chunk's
 *  ordinals are a run of the text's whose neighbours have no break between them (an ordinal with a line
 *  break between numeral and 是 belongs to no chunk, and its break parts its neighbours), so when every
 *  such step is parted, every chunk counts up by one and none is broken. */
function mayBreak(raw: string): boolean {
  const os = ordinals(raw);
  for (let i = 1; i < os.length; i++) {
    const a = os[i - 1] as Ordinal;
    const b = os[i] as Ordinal;
    // from the 是 on: what precedes a heading decides whether it is one, as in the whole text
    if (b.n !== a.n + 1 && !CHUNK.test(raw.slice(a.end - 1, b.numeral))) return true;
  }
  return false;
}

/** A list that starts at 一是 and then skips or repeats a number: the only case reported. */
function broken(os: readonly Ordinal[]): boolean {
  if (os.length < 2 || os[0]?.n !== 1) return false;
  for (let i = 1; i < os.length; i++) if ((os[i] as Ordinal).n !== (os[i - 1] as Ordinal).n + 1) return true;
  return false;
}

export default defineRule({
  id: "T5",
  family: "text-quality",
  severity: "info",
  title: "“一是、二是……”序号连续",
  description: "正文以“一是、二是、三是”列举时，序号应连续、不重复（如“一是…三是…三是”缺“二是”）。",
  basis: "国办公开办函〔2021〕30号（文字严谨）",
  status: "experimental",
  messages: ["enumeration"],
  check(ctx) {
    for (const s of ctx.report.sections) {
      // Only a section where some ordinal does not follow on from the one before without a chunk break
      // between them can hold a broken list (fewer than two ordinals: none).
      if (!mayBreak(s.text)) continue;
      for (const chunk of chunksOf(s.text)) {
        if (!broken(ordinals(chunk.text))) continue;
        const p = normalise(s.id, chunk.text, s.textOffset + chunk.at);
        const seen = [...p.text.matchAll(ORDINAL)].map((m) => ({ n: parseChineseNumeral(m[1] ?? "") ?? 0, at: m.index ?? 0, text: m[0] }));
        if (seen.length < 2 || seen[0]?.n !== 1) continue;
        const bad = seen.findIndex((o, i) => i > 0 && o.n !== (seen[i - 1]?.n ?? 0) + 1);
        if (bad < 0) continue;
        const o = seen[bad] as { n: number; at: number; text: string };
        ctx.emit({
          messageId: "enumeration",
          cells: [],
          data: { sequence: seen.map((x) => x.text).join("、"), seen: o.text, expected: `${"一二三四五六七八九十"[(seen[bad - 1]?.n ?? 1)] ?? ""}是` },
          loc: locate(ctx.report, p, o.at, o.at + o.text.length),
          key: `${s.id}:${seen.map((x) => x.n).join(",")}:${p.text.slice(0, 12)}`,
        });
      }
    }
  },
});
