import { defineRule } from "../rule.js";
import { isSpace, locate, normalise, proseOf } from "../narrative/text.js";

// 发布发布 / 审核审核: a word typed twice. Reduplication that Chinese uses on purpose (层层、天天、
// 方方面面) is one character doubled, so only words of two to four characters are taken, plus 的的.
const REPEAT = /([\u4e00-\u9fa5]{2,4})\1|的的/g;
const ALLOWED = new Set(["研究", "学习", "讨论", "商量", "看看", "谢谢", "试试", "想想", "结果", "总计", "维持", "纠正", "审结", "其他", "尚未"]);

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fa5;
const DE = 0x7684; // 的

/** Cheap necessary test over the text without whitespace (normalise answers it for a whole section) (each normalised line is a piece of it): some
 *  word of 2–4 Han characters written twice in a row, or 的的. */
function mayRepeat(raw: string): boolean {
  // b1 … b7: the last seven non-blank characters, b1 the latest.
  let b1 = -1;
  let b2 = -1;
  let b3 = -1;
  let b4 = -1;
  let b5 = -1;
  let b6 = -1;
  let b7 = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isSpace(c)) continue;
    if (c === DE && b1 === DE) return true;
    if (isHan(c)) {
      if (c === b2 && b1 === b3 && isHan(b1)) return true;
      if (c === b3 && b1 === b4 && b2 === b5 && isHan(b1) && isHan(b2)) return true;
      if (c === b4 && b1 === b5 && b2 === b6 && b3 === b7 && isHan(b1) && isHan(b2) && isHan(b3)) return true;
    }
    b7 = b6;
    b6 = b5;
    b5 = b4;
    b4 = b3;
    b3 = b2;
    b2 = b1;
    b1 = c;
  }
  return false;
}

export default defineRule({
  id: "T1",
  family: "text-quality",
  severity: "info",
  title: "词语重复",
  description: "正文中同一词语紧接重复出现（如“发布发布”），多为编辑疏漏。",
  basis: "国办公开办函〔2021〕30号（文字严谨）",
  status: "experimental",
  messages: ["repeated-word"],
  check(ctx) {
    const sections = ctx.report.sections;
    if (sections.length === 0) return;
    // The sections' shared prose (one per section, in order) carries mayRepeat of each section's text,
    // answered by the normalising pass.
    const proses = proseOf(ctx.report);
    for (let k = 0; k < sections.length; k++) {
      const s = sections[k] as (typeof sections)[number];
      if (!proses[k]?.repeats) continue;
      // Line by line: a heading followed by a paragraph opening with the same words is not a slip.
      let offset = s.textOffset;
      for (const line of s.text.split("\n")) {
        // Table remnants (cells split by tabs, pipes or runs of spaces) are not prose.
        if (!mayRepeat(line) || /\t|\||\S {2,}\S/.test(line)) {
          offset += line.length + 1;
          continue;
        }
        const p = normalise(s.id, line, offset);
        for (const m of p.text.matchAll(REPEAT)) {
          const word = m[1] ?? "的";
          if (ALLOWED.has(word) || /^[一二三四五六七八九十]+$/.test(word)) continue;
          const at = m.index ?? 0;
          ctx.emit({
            messageId: "repeated-word",
            cells: [],
            data: { seen: m[0], word, quote: p.text.slice(Math.max(0, at - 8), at + m[0].length + 8) },
            loc: locate(ctx.report, p, at, at + m[0].length),
            key: `${s.id}:${m[0]}:${p.text.slice(Math.max(0, at - 4), at)}`,
          });
        }
        offset += line.length + 1;
      }
    }
  },
});
