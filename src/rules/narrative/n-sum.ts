import { defineRule } from "../rule.js";
import { fmt } from "../support.js";
import { HEDGE_AFTER, HEDGE_BEFORE, NUM, NUM_CHARS, locate, parseNumber, proseOf } from "./text.js";

const UNIT_CHARS = "条件篇个项";
const UNIT = `[${UNIT_CHARS}]`;
/** What may stand between a total's unit and its 其中 ("3707 条。其中", "16 件（其中"). */
const OPEN_CHARS = "。，,；;：:";
// "总计 3707 条。其中，…" / "16 件（其中…）": a total immediately followed by 其中 and its list.
const TOTAL = new RegExp(String.raw`(?<n>${NUM})(?<h>余|多)?(?<u>${UNIT})(?<open>[${OPEN_CHARS}]?[（(]?)其中[，,：:]?`, "g");
// What a TOTAL match can hold before its 其中, from the same pieces.
const TOTAL_CHARS = `${NUM_CHARS}余多${UNIT_CHARS}${OPEN_CHARS}（(`;
const ITEM = new RegExp(String.raw`(?<n>${NUM})(?<h>余|多)?${UNIT}`, "g");

const family = (unit: string) => (/[条件篇]/.test(unit) ? "piece" : unit);

export default defineRule({
  id: "N-SUM",
  family: "narrative-sum",
  severity: "error",
  title: "正文分项之和等于总数",
  description: "正文给出总数并以“其中”列出分项时，分项之和应等于总数；分项超出总数提示重复计算，约数只作提示。",
  basis: "国办公开办函〔2021〕30号（数据精确、文字严谨）",
  status: "experimental",
  messages: ["items-exceed", "items-short"],
  check(ctx) {
    for (const prose of proseOf(ctx.report)) {
      const t = prose.text;
      // Every total ends in 其中: find those, step back over the characters a total can be made of, and run
      // the regex on that stretch only. lastEnd keeps the matches apart as a global scan would.
      let lastEnd = 0;
      for (let q = t.indexOf("其中"); q >= 0; q = t.indexOf("其中", q + 1)) {
        if (q < lastEnd) continue;
        let from = q;
        while (from > lastEnd && TOTAL_CHARS.includes(t.charAt(from - 1))) from--;
        if (q - from < 2) continue; // a number and a unit at least
        TOTAL.lastIndex = 0;
        const m = TOTAL.exec(t.slice(from, q + 3));
        if (!m) continue;
        const at = from + m.index;
        lastEnd = at + m[0].length;
        const total = parseNumber(m.groups?.n ?? "");
        if (total === null) continue;
        const listStart = at + m[0].length;
        // The list runs to the closing bracket when 其中 opened one, else to the end of the sentence.
        const stop = m.groups?.open?.match(/[（(]/) ? /[）)]/ : /[。！？\n]/;
        const endRel = t.slice(listStart).search(stop);
        const list = t.slice(listStart, endRel < 0 ? t.length : listStart + endRel);
        // Bracketed asides inside the list are not items.
        const flat = list.replace(/[（(][^）)]*[）)]/g, (s) => " ".repeat(s.length));
        const items: { n: number; hedged: boolean; text: string }[] = [];
        for (const im of flat.matchAll(ITEM)) {
          const n = parseNumber(im.groups?.n ?? "");
          if (n === null) continue;
          const i = im.index ?? 0;
          if (/[年月日%]/.test(flat[i + im[0].length] ?? "")) continue;
          // Items count the same kind of thing as the total (条/件/篇 are one family; 个, 项 others).
          if (family(im[0].slice(-1)) !== family(m.groups?.u ?? "")) continue;
          items.push({ n, hedged: !!im.groups?.h || HEDGE_BEFORE.test(flat.slice(Math.max(0, i - 2), i)), text: im[0] });
        }
        if (items.length < 2) continue;
        // Any prefix adding up to the total means the list is complete and what follows is other facts.
        let sum = 0;
        let matched = false;
        for (const it of items) {
          sum += it.n;
          if (sum === total) matched = true;
        }
        if (matched) continue;
        const hedged = !!m.groups?.h || HEDGE_BEFORE.test(t.slice(Math.max(0, at - 2), at)) || HEDGE_AFTER.test(t.slice(at + (m.groups?.n ?? "").length)) || items.some((i) => i.hedged);
        const exceed = sum > total;
        const exhaustive = /其他|其余/.test(list);
        // Two items short of the total are usually examples, not a breakdown.
        if (!exceed && items.length < 3) continue;
        // "其中包括…" names examples: falling short of the total is expected.
        if (!exceed && /^[，,：:]?包括/.test(list)) continue;
        const severity = hedged ? "warning" : exceed || exhaustive ? "error" : "warning";
        const end = listStart + list.length;
        ctx.emit({
          messageId: exceed ? "items-exceed" : "items-short",
          cells: [],
          expected: total,
          actual: sum,
          severity: hedged && severity === "error" ? "warning" : severity,
          data: {
            total: fmt(total),
            unit: m.groups?.u ?? "",
            sum: fmt(sum),
            diff: fmt(Math.abs(sum - total)),
            items: items.map((i) => fmt(i.n)).join(" + "),
            count: items.length,
            quote: t.slice(Math.max(0, at - 12), Math.min(end, at + 40)),
          },
          loc: locate(ctx.report, prose, at, end),
          operands: [
            { label: `总数 ${fmt(total)}`, value: total, sign: 1 },
            ...items.map((i) => ({ label: i.text, value: i.n, sign: -1 as const })),
          ],
          key: `${prose.section}:${t.slice(Math.max(0, at - 8), at).replace(/[\d\s]/g, "")}`,
        });
      }
    }
  },
});
