import { defineRule } from "../rule.js";
import { locate, proseOf } from "../narrative/text.js";

// The instrument's name for the fee is 信息处理费 (政府信息公开信息处理费); 信息公开处理费 is a loose variant.
const LOOSE = /(?<!信息)(?:政府)?信息公开处理费/g;

export default defineRule({
  id: "T4",
  family: "text-quality",
  severity: "info",
  title: "信息处理费名称规范",
  description: "收费名称应为“信息处理费”（全称“政府信息公开信息处理费”），不宜写作“信息公开处理费”。",
  basis: "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）",
  status: "experimental",
  messages: ["fee-name"],
  check(ctx) {
    for (const prose of proseOf(ctx.report)) {
      // The regex opens with a lookbehind and an optional word: a plain search first is much cheaper.
      if (!prose.text.includes("信息公开处理费")) continue;
      for (const m of prose.text.matchAll(LOOSE)) {
        const at = m.index ?? 0;
        ctx.emit({
          messageId: "fee-name",
          cells: [],
          data: { seen: m[0], standard: "信息处理费" },
          loc: locate(ctx.report, prose, at, at + m[0].length),
          key: prose.section,
        });
        break;
      }
    }
  },
});
