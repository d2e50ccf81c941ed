// Finds every number in Chinese prose — Arabic (12, 3.5, １２, 1,234) and Chinese (三千八百, 十二,
// 两) — and says whether it is a quantity or one of the allowed non-quantities: years and dates,
// article and list ordinals (第二十条, 一是, （三）, "1."), document numbers (〔2021〕30号) and
// fixed phrases (进一步, 三安全一稳定). The agent's guard rejects every quantity a model wrote
// itself; the drafting tools use the same scanner to turn numbers in notes into slots.

import { APPLICATION_ROWS } from "../src/model/cells.js";

export type NumberKind = "arabic" | "chinese";
export type AllowedReason = "year" | "date" | "ordinal" | "docno" | "unit" | null;

export interface NumberSpan {
  start: number;
  end: number;
  text: string;
  kind: NumberKind;
  /** The numeric value when it can be read (null for odd Chinese forms). */
  value: number | null;
  /** Why the number is not a quantity; null means it is one. */
  allowed: AllowedReason;
}

/** Fixed words that contain numeral characters but state no quantity. Longest first when masking. */
export const ALLOWED_PHRASES: readonly string[] = [
  "进一步", "一致", "统一", "唯一", "一些", "一般", "一定", "一起", "一律", "同一", "逐一", "一直", "一旦",
  "一方面", "一体化", "一体", "一贯", "一线", "万一", "十分", "一流", "一并", "一站式", "一网通办", "一网统管",
  "一次性", "一窗受理", "一件事", "一事一申请", "三安全一稳定", "四类过程性信息", "三类内部事务信息", "一切",
  "一同", "一系列", "一把手", "千方百计", "一如既往", "一以贯之", "十四五", "十五五", "二十大", "二十届",
  "十九大", "十九届", "一中全会", "二中全会", "三中全会", "四中全会", "五中全会", "六中全会", "七中全会",
  "双随机一公开", "老百姓", "百姓", "三审三校", "一岗双责", "一对一", "第一时间",
  "一手", "一端", "一张网", "一张图", "一图读懂", "一图解读", "五公开", "两级", "三级", "四级", "五级",
  "千家万户", "万家", "七五普法", "八五普法", "九五普法", "不一", "之一", "一带一路", "两会", "两微一端",
  "一网一微", "一年来", "一年以来", "最多跑一次", "一门式", "一次办", "一码通", "一号通", "一口受理",
  "一目了然", "一成不变", "一半以上", "一览表", "一览", "一张清单", "一盘棋", "三重一大", "四下基层", "一把尺子", "百花齐放",
  "12345", "一季度", "二季度", "三季度", "四季度", "上半年", "下半年", "一次告知", "一表通",
];

/** The format's printed row labels carry their own numbering ("1.属于国家秘密", "（七）总计"): quoting a label states no quantity. */
const LABEL_PHRASES: readonly string[] = [
  ...APPLICATION_ROWS.flatMap((r) => [r.label, ...(r.groupLabel ? [r.groupLabel] : [])]),
  "三、本年度办理结果",
].filter((l) => /[0-9一二三四五六七八九十]/.test(l));

const PHRASES_BY_LENGTH = [...new Set([...ALLOWED_PHRASES, ...LABEL_PHRASES])].sort((a, b) => b.length - a.length);
const CN_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5,
  六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const CN_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const CN_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const CN_RUN = /[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+/g;
const AR_RUN = /[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?/g;
/** Measure words and units after which a numeral states a quantity. */
const MEASURE = /^\s*(?:[件条项次个名人家份批类处篇期场元倍天周台套部本张所户起宗例位支组级年月日万千百亿%％成半番]|余|多|个百分点)/;
/** List and item markers are small: "（46）" or "46、" is a number in disguise, not an ordinal. */
const MAX_ORDINAL = 20;
/** What may stand before an enclosed marker such as （三）: the start of a line, a clause or a label. */
const MARKER_BEFORE = /^$|[\n「“"'《。；：:，,、\s\u2063]/;
const FILLER = "\u2063"; // invisible separator: keeps offsets when masking

function toHalfWidth(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace("．", ".");
}

/** Reads a Chinese numeral: 三千八百 → 3800, 十二 → 12, 二〇二四 → 2024 (digit by digit). */
export function parseChineseNumber(s: string): number | null {
  if (!s) return null;
  if ([...s].every((c) => c in CN_DIGIT) && s.length > 1) {
    return Number([...s].map((c) => CN_DIGIT[c]).join(""));
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  let seen = false;
  for (const c of s) {
    if (c in CN_DIGIT) {
      digit = CN_DIGIT[c] ?? 0;
      seen = true;
    } else if (c in CN_UNIT) {
      section += (seen || digit ? digit : 1) * (CN_UNIT[c] ?? 1);
      digit = 0;
      seen = false;
    } else if (c in CN_BIG) {
      total += (section + digit) * (CN_BIG[c] ?? 1);
      section = 0;
      digit = 0;
      seen = false;
    } else return null;
  }
  return total + section + digit;
}

function maskPhrases(text: string): string {
  let out = text;
  // Slots are data, never numbers written by hand.
  out = out.replace(/\{\{[^{}\n]*\}\}/g, (m) => FILLER.repeat(m.length));
  // ISO-style dates: 2024-12-31, 2024/1/1, 2024.12.31.
  out = out.replace(/(?<![0-9])(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}(?![0-9])/g, (m) => FILLER.repeat(m.length));
  for (const p of PHRASES_BY_LENGTH) if (out.includes(p)) out = out.split(p).join(FILLER.repeat(p.length));
  return out;
}

function prevNonSpace(t: string, i: number): string {
  for (let k = i - 1; k >= 0; k--) if (t[k] !== " " && t[k] !== "\u3000") return t[k] ?? "";
  return "";
}
function nextNonSpace(t: string, i: number): string {
  for (let k = i; k < t.length; k++) if (t[k] !== " " && t[k] !== "\u3000") return t[k] ?? "";
  return "";
}
function atLineStart(t: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = t[k];
    if (c === "\n") return true;
    if (c !== " " && c !== "\u3000" && c !== "#" && c !== "*" && c !== ">" && c !== "-" && c !== "\t") return false;
  }
  return true;
}
function enclosed(t: string, s: number, e: number): boolean {
  const p = prevNonSpace(t, s);
  const n = nextNonSpace(t, e);
  if (!((p === "（" && n === "）") || (p === "(" && n === ")"))) return false;
  const open = t.lastIndexOf(p, s);
  return atLineStart(t, open) || MARKER_BEFORE.test(prevNonSpace(t, open));
}

function classify(t: string, s: number, e: number, kind: NumberKind, value: number | null): AllowedReason {
  const before = prevNonSpace(t, s);
  const after = nextNonSpace(t, e);
  const after2 = t.slice(e).trimStart().slice(0, 2);
  if (before === "第") return "ordinal";
  // 第（十二）项: an item number in brackets after 第.
  if ((before === "（" || before === "(") && prevNonSpace(t, t.lastIndexOf(before, s)) === "第" && /^[）)]/.test(nextNonSpace(t, e))) return "ordinal";
  const small = value !== null && Number.isInteger(value) && value >= 0 && value <= MAX_ORDINAL;
  if (small && enclosed(t, s, e)) return "ordinal";
  if (kind === "arabic") {
    const digits = t.slice(s, e);
    if (/^\d{4}$/.test(digits) && value !== null && value >= 1900 && value <= 2100) {
      if (after === "年") return "year";
      if ((before === "〔" || before === "[" || before === "［") && /[〕\]］]/.test(after)) return "docno";
    }
    if (after === "号" && /[〕\]］]/.test(before)) return "docno";
    if (value !== null && Number.isInteger(value)) {
      if (after === "月" && value >= 1 && value <= 12 && !/^月份?[内以]/.test(after2)) return "date";
      if ((after === "日" || after === "号") && value >= 1 && value <= 31 && before === "月") return "date";
    }
    if (small && atLineStart(t, s) && /^[.．、)）]/.test(after) && !/^[.．]\d/.test(t.slice(e))) return "ordinal";
    return null;
  }
  // Chinese numerals
  const run = t.slice(s, e);
  // "{{active.fees.amount_wan_yuan}}万元": the unit of a slot, not a number; after Arabic digits
  // (3.5万) it belongs to that number, which is reported itself.
  if (/^[万亿]+$/.test(run) && (t[s - 1] === FILLER || /[0-9０-９]/.test(t[s - 1] ?? ""))) return "unit";
  // 百分之百, 千分之五: the numeral after 分之 is a quantity even when it is one character.
  if (/[百千万]分之$/.test(t.slice(Math.max(0, s - 3), s))) return null;
  if (small && (after === "是" || after === "要")) return "ordinal";
  if (small && after === "、" && (atLineStart(t, s) || /[。；：:\n]/.test(before))) return "ordinal";
  if (/^[〇零一二三四五六七八九]{4}$/.test(run) && after === "年") return "year";
  if (after === "月" && value !== null && value >= 1 && value <= 12 && before !== "个") return "date";
  if ((after === "日" || after === "号") && before === "月" && value !== null && value >= 1 && value <= 31) return "date";
  if (run.length === 1 && !MEASURE.test(t.slice(e))) return "ordinal"; // a numeral inside a word (一律、万一)
  return null;
}

/** Every number in `text`, with why it is allowed (or null when it states a quantity). */
export function scanNumbers(text: string): NumberSpan[] {
  const t = maskPhrases(text);
  const spans: NumberSpan[] = [];
  for (const m of t.matchAll(AR_RUN)) {
    const s = m.index ?? 0;
    const e = s + m[0].length;
    const value = Number(toHalfWidth(m[0]).replace(/,/g, ""));
    spans.push({ start: s, end: e, text: text.slice(s, e), kind: "arabic", value: Number.isFinite(value) ? value : null, allowed: null });
  }
  for (const m of t.matchAll(CN_RUN)) {
    const s = m.index ?? 0;
    const e = s + m[0].length;
    spans.push({ start: s, end: e, text: text.slice(s, e), kind: "chinese", value: parseChineseNumber(m[0]), allowed: null });
  }
  spans.sort((a, b) => a.start - b.start);
  for (const sp of spans) sp.allowed = classify(t, sp.start, sp.end, sp.kind, sp.value);
  return spans;
}

/** Only the numbers that state quantities. */
export function quantities(text: string): NumberSpan[] {
  return scanNumbers(text).filter((s) => s.allowed === null);
}
