import { defineRule } from "../rule.js";
import { locate, proseOfSource } from "./text.js";

// 发文字号 per GB/T 9704: 机关代字〔年份〕序号号, with both hexagonal brackets.
const ISSUER = String.raw`[\u4e00-\u9fa5]{1,12}?`;
const PATTERNS: { re: RegExp; messageId: string; severity?: "info" }[] = [
  // 〔2020109号: the closing bracket is lost and the year runs into the number.
  { re: new RegExp(String.raw`${ISSUER}[〔\[［【](?<y>(?:19|20)\d{2})(?<n>\d{1,4})号`, "g"), messageId: "missing-close" },
  // 2020〕109号: the opening bracket is lost.
  { re: new RegExp(String.raw`(?<![〔\[［【(（\d])${ISSUER}(?<y>(?:19|20)\d{2})[〕\]］】](?<n>\d{1,4})号`, "g"), messageId: "missing-open" },
  // （2020）109号 / [2020]109号: brackets of the wrong kind.
  {
    re: new RegExp(String.raw`${ISSUER}(?:[(（](?<y>(?:19|20)\d{2})[)）]|[\[［【](?<y2>(?:19|20)\d{2})[\]］】])(?<n>\d{1,4})号`, "g"),
    messageId: "wrong-bracket",
    severity: "info",
  },
];

export default defineRule({
  id: "F7",
  family: "citation-format",
  severity: "warning",
  title: "发文字号格式规范",
  description: "引用的文件字号应写作“机关代字〔年份〕序号号”，年份用六角括号〔〕括起，括号成对。",
  basis: "GB/T 9704—2012《党政机关公文格式》7.2.4 发文字号；国办函〔2020〕109号",
  status: "stable",
  messages: ["missing-close", "missing-open", "wrong-bracket"],
  check(ctx) {
    // The whole text: document numbers also sit in the preamble and in captions outside the six parts.
    for (const prose of [proseOfSource(ctx.report)]) {
      for (const p of PATTERNS)
        for (const m of prose.text.matchAll(p.re)) {
          const at = m.index ?? 0;
          const year = m.groups?.y ?? m.groups?.y2 ?? "";
          const seen = m[0];
          const prefix = seen.slice(0, seen.search(/[〔\[［【(（]|(?:19|20)\d{2}/));
          const suggested = `${prefix}〔${year}〕${m.groups?.n ?? ""}号`;
          ctx.emit({
            messageId: p.messageId,
            cells: [],
            ...(p.severity ? { severity: p.severity } : {}),
            data: { seen, suggested, year, number: m.groups?.n ?? "" },
            loc: locate(ctx.report, prose, at, at + seen.length),
            key: `${prose.section}:${suggested}`,
          });
        }
    }
  },
});
