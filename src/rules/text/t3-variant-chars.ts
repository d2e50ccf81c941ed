import { makeLocator } from "../../read/location.js";
import { defineRule } from "../rule.js";

// Traditional forms that slip into simplified reports, mostly in place names (郟县 for 郏县).
const VARIANTS: Record<string, string> = {
  郟: "郏", 縣: "县", 區: "区", 鎮: "镇", 鄉: "乡", 務: "务", 開: "开", 資: "资", 報: "报", 機: "机", 關: "关",
  門: "门", 廣: "广", 東: "东", 發: "发", 會: "会", 國: "国", 們: "们", 這: "这", 進: "进", 實: "实", 業: "业",
  體: "体", 書: "书", 長: "长", 辦: "办", 處: "处", 時: "时", 項: "项", 號: "号", 條: "条", 規: "规", 網: "网",
  訊: "讯", 審: "审", 檔: "档", 彙: "汇", 歲: "岁", 陽: "阳", 陰: "阴", 華: "华", 雲: "云", 劉: "刘",
};

const VARIANT_RE = new RegExp(`[${Object.keys(VARIANTS).join("")}]`);

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
    if (!VARIANT_RE.test(text)) return; // the common case: nothing to look at
    // Only in a simplified text: a wholly traditional report is a different matter.
    const simplified = (text.match(/[们这发国会实业体书长办处时项号条规网务开资报机关门广东县区镇乡]/g) ?? []).length;
    const locator = makeLocator(text);
    const seen = new Set<string>();
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      const to = VARIANTS[ch];
      if (!to || seen.has(ch)) continue;
      const traditional = [...text].filter((c) => c in VARIANTS).length;
      if (simplified <= traditional) return;
      seen.add(ch);
      const count = [...text].filter((c) => c === ch).length;
      ctx.emit({
        messageId: "variant-char",
        cells: [],
        data: { seen: ch, standard: to, count, quote: text.slice(Math.max(0, i - 6), i + 6).replace(/\s+/g, " ") },
        loc: locator(i, 1),
        key: ch,
      });
    }
  },
});
