import { defineRule } from "../rule.js";
import { locate, normalise, proseOf, sourceOffset } from "../narrative/text.js";
import { nextNewline } from "../../read/location.js";

// 发布发布 / 审核审核: a word typed twice. Reduplication that Chinese uses on purpose (层层、天天、
// 方方面面) is one character doubled, so only words of two to four characters are taken, plus 的的.
const REPEAT = /([\u4e00-\u9fa5]{2,4})\1|的的/g;
const ALLOWED = new Set(["研究", "学习", "讨论", "商量", "看看", "谢谢", "试试", "想想", "结果", "总计", "维持", "纠正", "审结", "其他", "尚未"]);

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
    // The sections' shared prose (one per section, in order) says whether a section may hold a
    // repeated word at all (answered by the normalising pass).
    const proses = proseOf(ctx.report);
    for (let k = 0; k < sections.length; k++) {
      const s = sections[k] as (typeof sections)[number];
      const prose = proses[k];
      if (!prose || prose.repeatEnds.length === 0) continue;
      // A line holding a match of its own holds the end of one of the pairs the section's normalising
      // pass saw (that test looks only at the last eight kept characters), so only those lines are read again.
      const ends = prose.repeatEnds.map((i) => sourceOffset(prose, i));
      let e = 0;
      // Line by line: a heading followed by a paragraph opening with the same words is not a slip.
      const text = s.text;
      for (let start = 0, end = 0; start <= text.length; start = end + 1) {
        end = nextNewline(text, start);
        if (end === -1) end = text.length;
        const offset = s.textOffset + start;
        while (e < ends.length && (ends[e] as number) < offset) e++;
        if (e >= ends.length) break;
        if ((ends[e] as number) >= s.textOffset + end) continue; // no pair ends on this line
        const line = text.slice(start, end);
        // Table remnants (cells split by tabs, pipes or runs of spaces) are not prose.
        // normalise answers the cheap necessary test (a doubled 2–4 Han word or 的的) for the line.
        const p = /\t|\||\S {2,}\S/.test(line) ? null : normalise(s.id, line, offset);
        if (!p || p.repeatEnds.length === 0) continue;
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
      }
    }
  },
});
