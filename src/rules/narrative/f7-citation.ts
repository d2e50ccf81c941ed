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

// The longest form: 12 characters of issuer, bracket, year, bracket, 4 digits, 号 (23 characters).
const WINDOW = 24;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isBlank = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0x3000 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x1680 || c === 0x202f || c === 0x205f;

/** Whether some 号 in the raw text has a digit before it, whitespace skipped (as normalise drops it). */
function digitBefore号(raw: string): boolean {
  for (let h = raw.indexOf("号"); h >= 0; h = raw.indexOf("号", h + 1)) {
    let k = h - 1;
    while (k >= 0 && isBlank(raw.charCodeAt(k))) k--;
    if (k >= 0 && isDigit(raw.charCodeAt(k))) return true;
  }
  return false;
}

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
    // Every form ends in digits and 号: where no 号 follows a digit (whitespace aside), there is nothing to read.
    if (!digitBefore号(ctx.report.source.text)) return;
    // The whole text: document numbers also sit in the preamble and in captions outside the six parts.
    const prose = proseOfSource(ctx.report);
    const t = prose.text;
    const ends: number[] = [];
    for (let h = t.indexOf("号", 1); h >= 0; h = t.indexOf("号", h + 1)) if (isDigit(t.charCodeAt(h - 1))) ends.push(h);
    for (const p of PATTERNS) {
      // Each match ends at one of those 号 and starts at most WINDOW before it, so the regex runs on that
      // window only; matches never overlap, as with a global scan (lastEnd). One character more on the left
      // feeds the lookbehind.
      let lastEnd = 0;
      for (const h of ends) {
        if (h < lastEnd) continue;
        const from = Math.max(lastEnd, h - WINDOW);
        const base = from > 0 ? from - 1 : 0;
        p.re.lastIndex = from - base;
        const m = p.re.exec(t.slice(base, h + 1));
        if (!m) continue;
        const at = base + m.index;
        lastEnd = at + m[0].length;
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
