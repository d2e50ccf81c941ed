import { parseChineseNumeral } from "../narrative/text.js";
import { isSpace, locate, normalise } from "../narrative/text.js";
import { defineRule } from "../rule.js";

const ORDINAL = /([一二三四五六七八九十])是/g;
// A list restarts under each sub-heading （一）… or numbered heading 1.…
const CHUNK = /[（(][一二三四五六七八九十]+[）)]|\n/;

const NUMERALS = "一二三四五六七八九十";

/** The ordinals (1–10) of "一是 … 三是" in raw text, whitespace between numeral and 是 ignored as normalise drops it. */
function ordinals(raw: string): number[] {
  const out: number[] = [];
  for (let k = raw.indexOf("是", 1); k >= 0; k = raw.indexOf("是", k + 1)) {
    let j = k - 1;
    while (j >= 0 && isSpace(raw.charCodeAt(j))) j--;
    const n = j >= 0 ? NUMERALS.indexOf(raw.charAt(j)) : -1;
    if (n >= 0) out.push(n + 1);
  }
  return out;
}

/** Cheap necessary test for a broken list in some chunk of `raw`: every step of the ordinals that is not +1
 *  must have a chunk break (CHUNK) between its two ordinals, or the chunks are worth splitting. A chunk's
 *  ordinals are a run of the text's whose neighbours have no break between them (an ordinal with a line
 *  break between numeral and 是 belongs to no chunk, and its break parts its neighbours), so when every
 *  such step is parted, every chunk counts up by one and none is broken. */
function mayBreak(raw: string): boolean {
  let prevN = 0;
  let prevEnd = -1; // just after the last ordinal's 是
  for (let k = raw.indexOf("是", 1); k >= 0; k = raw.indexOf("是", k + 1)) {
    let j = k - 1;
    while (j >= 0 && isSpace(raw.charCodeAt(j))) j--;
    const n = j >= 0 ? NUMERALS.indexOf(raw.charAt(j)) + 1 : 0;
    if (n === 0) continue;
    if (prevEnd >= 0 && n !== prevN + 1 && !CHUNK.test(raw.slice(prevEnd, j))) return true;
    prevN = n;
    prevEnd = k + 1;
  }
  return false;
}

/** A list that starts at 一是 and then skips or repeats a number: the only case reported. */
function broken(seq: number[]): boolean {
  if (seq.length < 2 || seq[0] !== 1) return false;
  for (let i = 1; i < seq.length; i++) if (seq[i] !== (seq[i - 1] as number) + 1) return true;
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
      let offset = s.textOffset;
      for (const chunk of s.text.split(CHUNK)) {
        const chunkOffset = offset;
        offset += chunk.length; // approximate: the separator is short; locate() maps through p.map
        if (!broken(ordinals(chunk))) continue;
        const p = normalise(s.id, chunk, chunkOffset);
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
