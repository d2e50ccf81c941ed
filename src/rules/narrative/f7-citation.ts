import { defineRule } from "../rule.js";
import { isAsciiDigit, isJsWhitespace } from "../../normalize/chars.js";
import { type Prose, locate, normalise, sourceOffset } from "./text.js";

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

/** Source offsets of each 号 with a digit before it, whitespace skipped (as normalise drops it). */
function candidates(raw: string): number[] {
  const out: number[] = [];
  for (let h = raw.indexOf("号"); h >= 0; h = raw.indexOf("号", h + 1)) {
    let k = h - 1;
    while (k >= 0 && isJsWhitespace(raw.charCodeAt(k))) k--;
    if (k >= 0 && isAsciiDigit(raw.charCodeAt(k))) out.push(h);
  }
  return out;
}

/** The normalised text ending at the 号 at `h`, with at least WINDOW + 1 characters before it when the
 *  source has them. It starts on a kept character (or at 0), so it is exactly the tail of the whole
 *  text's normalised form: normalising the whole report for a few 文号 is not needed. */
function tailBefore(raw: string, h: number): Prose {
  let a = h;
  let kept = 0;
  while (a > 0 && kept < WINDOW + 2) {
    a--;
    if (!isJsWhitespace(raw.charCodeAt(a))) kept++;
  }
  return normalise("all", raw.slice(a, h + 1), a);
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
    // The whole text: document numbers also sit in the preamble and in captions outside the six parts.
    const raw = ctx.report.source.text;
    const ends = candidates(raw);
    if (ends.length === 0) return;
    const tails = ends.map((h) => tailBefore(raw, h));
    for (const p of PATTERNS) {
      // Each match ends at one of those 号 and starts at most WINDOW before it, so the regex runs on that
      // window only; matches never overlap, as with a global scan (lastEnd: the source offset after the last
      // match). One character more on the left feeds the lookbehind.
      let lastEnd = 0;
      for (let e = 0; e < ends.length; e++) {
        if ((ends[e] as number) < lastEnd) continue;
        const prose = tails[e] as Prose;
        const t = prose.text;
        const h = t.length - 1;
        let from = Math.max(0, h - WINDOW);
        while (from < h && sourceOffset(prose, from) < lastEnd) from++;
        const base = from > 0 ? from - 1 : 0;
        p.re.lastIndex = from - base;
        const m = p.re.exec(t.slice(base));
        if (!m) continue;
        const at = base + m.index;
        lastEnd = (ends[e] as number) + 1;
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
