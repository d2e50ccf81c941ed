import { parseChineseNumeral } from "../narrative/text.js";
import { locate, normalise } from "../narrative/text.js";
import { defineRule } from "../rule.js";

const ORDINAL = /([一二三四五六七八九十])是/g;
// A list restarts under each sub-heading （一）… or numbered heading 1.…
const CHUNK = /[（(][一二三四五六七八九十]+[）)]|\n/;

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
      let offset = s.textOffset;
      for (const chunk of s.text.split(CHUNK)) {
        const p = normalise(s.id, chunk, offset);
        offset += chunk.length; // approximate: the separator is short; locate() maps through p.map
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
