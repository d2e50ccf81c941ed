import { defineRule } from "../rule.js";
import { locate, proseOf } from "../narrative/text.js";

// A county report speaking of 全区 (or a district report of 全县) was usually copied from another
// issuer's template (spec F6; seed 003).
export default defineRule({
  id: "T2",
  family: "text-quality",
  severity: "info",
  title: "行政区划用语与发布机关一致",
  description: "县级报告出现“全区”、区级报告出现“全县”等，与发布机关的行政区划不符，可能套用了其他地方的模板。",
  basis: "国办公开办函〔2021〕30号（不得雷同、敷衍）",
  status: "experimental",
  messages: ["scope-word"],
  check(ctx) {
    const issuer = (ctx.report.issuer ?? ctx.report.title ?? "").replace(/\s+/g, "");
    const own = issuer.match(/([^市省]{1,6}?)(县|区)(?:人民政府|政府|$)/);
    if (!own) return;
    const kind = own[2] as "县" | "区";
    if (kind === "县" && /区/.test(issuer)) return;
    const wrong = kind === "县" ? "全区" : "全县";
    for (const prose of proseOf(ctx.report)) {
      const at = prose.text.indexOf(wrong);
      if (at < 0) continue;
      ctx.emit({
        messageId: "scope-word",
        cells: [],
        data: { seen: wrong, issuer, kind, kindEn: kind === "县" ? "county" : "district", quote: prose.text.slice(Math.max(0, at - 10), at + 14) },
        loc: locate(ctx.report, prose, at, at + wrong.length),
        key: `${prose.section}:${wrong}`,
      });
    }
  },
});
