import { makeLocator } from "../../read/location.js";
import { defineRule } from "../rule.js";

// Traditional forms that slip into simplified reports, mostly in place names (郟县 for 郏县).
const VARIANTS: Record<string, string> = {
  郟: "郏", 縣: "县", 區: "区", 鎮: "镇", 鄉: "乡", 務: "务", 開: "开", 資: "资", 報: "报", 機: "机", 關: "关",
  門: "门", 廣: "广", 東: "东", 發: "发", 會: "会", 國: "国", 們: "们", 這: "这", 進: "进", 實: "实", 業: "业",
  體: "体", 書: "书", 長: "长", 辦: "办", 處: "处", 時: "时", 項: "项", 號: "号", 條: "条", 規: "规", 網: "网",
  訊: "讯", 審: "审", 檔: "档", 彙: "汇", 歲: "岁", 陽: "阳", 陰: "阴", 華: "华", 雲: "云", 劉: "刘",
};

const SIMPLIFIED = "们这发国会实业体书长办处时项号条规网务开资报机关门广东县区镇乡";
// One table lookup per character instead of regexes and spreads: bit 1 a variant, bit 2 a simplified form.
const KIND = new Uint8Array(0x10000);
for (const ch of Object.keys(VARIANTS)) KIND[ch.charCodeAt(0)] = (KIND[ch.charCodeAt(0)] as number) | 1;
for (const ch of SIMPLIFIED) KIND[ch.charCodeAt(0)] = (KIND[ch.charCodeAt(0)] as number) | 2;

export default defineRule({
  id: "T3",
  family: "text-quality",
  severity: "info",
  title: "繁体字或异体字",
  description: "简体文本中夹杂繁体字（如地名“郟县”应为“郏县”）。",
  basis: "《通用规范汉字表》；国办公开办函〔2021〕30号（文字严谨）",
  status: "experimental",
  messages: ["variant-char"],
  check(ctx) {
    const text = ctx.report.source.text;
    const n = text.length;
    let i = 0;
    while (i < n && ((KIND[text.charCodeAt(i)] as number) & 1) === 0) i++;
    if (i === n) return; // the common case: nothing to look at
    // Only in a simplified text: a wholly traditional report is a different matter.
    let simplified = 0;
    let traditional = 0;
    const counts = new Map<number, number>(); // variant → occurrences, in order of first occurrence
    const first = new Map<number, number>();
    for (let k = 0; k < n; k++) {
      const c = text.charCodeAt(k);
      const kind = KIND[c] as number;
      if (kind === 0) continue;
      if (kind & 2) simplified++;
      if (kind & 1) {
        traditional++;
        const had = counts.get(c);
        counts.set(c, (had ?? 0) + 1);
        if (had === undefined) first.set(c, k);
      }
    }
    if (simplified <= traditional) return;
    const locator = makeLocator(text);
    for (const [c, count] of counts) {
      const at = first.get(c) as number;
      const ch = String.fromCharCode(c);
      ctx.emit({
        messageId: "variant-char",
        cells: [],
        data: { seen: ch, standard: VARIANTS[ch] as string, count, quote: text.slice(Math.max(0, at - 6), at + 6).replace(/\s+/g, " ") },
        loc: locator(at, 1),
        key: ch,
      });
    }
  },
});
