// Table C (行政复议、行政诉讼): one row of 15 values after the header, possibly split into three small
// tables (one per block) by some converters.
import { REVIEW_IDS } from "../model/cells.js";
import { normalizeLabel } from "../normalize/text.js";
import { type Ctx, setItem, setSplit } from "./context.js";
import { type Item, fitItems, itemLoc, readItems } from "./items.js";
import { readScrambledReview } from "./review-order.js";
import { splitRuns } from "./split.js";

const HEADER_WORDS = ["行政复议", "行政诉讼", "维持", "纠正", "结果", "审结", "总计", "起诉"].map(normalizeLabel);

export function readReview(ctx: Ctx, from: number, to: number): { found: boolean; start: number } {
  const { s } = ctx;
  // only the earliest header word matters: each word's first occurrence in the region, not all of them
  const region = s.norm.slice(from, to);
  let at = -1;
  for (const w of HEADER_WORDS) {
    const i = region.indexOf(w);
    if (i !== -1 && (at === -1 || i < at)) at = i;
  }
  if (at === -1) return { found: false, start: from };
  const first = from + at;
  const all = readItems(s, s.normMap[first]!, s.normMap[to]!, false, ctx.flattened);
  const { items, ordered } = tableBlock(s.raw, all);
  const fit = fitItems(items, 15);
  if (fit && !ordered) {
    if (!ctx.flattened && readScrambledReview(ctx, first, to)) return { found: true, start: first };
    ctx.issues.push({
      kind: "unreadable-table",
      table: "review",
      cells: [...REVIEW_IDS],
      detail: "行政复议、行政诉讼情况表的数字与表头文字交错（排版顺序被打乱），无法可靠对应到列",
      printed: fit.map((x) => x.value ?? 0),
    });
    return { found: true, start: first };
  }
  if (fit) {
    fit.forEach((it, i) => setItem(ctx, REVIEW_IDS[i]!, it));
    return { found: true, start: first };
  }
  const printed = items.filter((x) => x.kind !== "blank");
  if (ctx.flattened && printed.length > 0 && printed.length < 15 && printed.every((x) => x.intRun)) {
    const blockOk = (p: number[]): boolean => {
      for (let b = 0; b + 5 <= p.length; b += 5) if (p[b]! + p[b + 1]! + p[b + 2]! + p[b + 3]! !== p[b + 4]!) return false;
      return true;
    };
    const res = splitRuns(
      printed.map((x) => x.raw),
      15,
      blockOk,
      (partial) => partial.length % 5 !== 0 || blockOk(partial),
    );
    const raw = printed.map((x) => x.raw).join(" ");
    const loc = itemLoc(s, printed[0]!);
    if (!res.truncated && res.solutions.length > 0) {
      setSplit(ctx, REVIEW_IDS, res.solutions, { raw, loc, settle: true, note: "连写数字按“四项之和等于总计”拆分" });
    }
    const open = REVIEW_IDS.filter((id) => ctx.cells[id]?.value === null || ctx.cells[id]?.value === undefined);
    if (open.length > 0)
      ctx.issues.push({
        kind: "ambiguous-cell",
        table: "review",
        cells: open,
        detail: `连写数字“${raw}”有 ${res.solutions.length} 种拆分方式，无法确定`,
        loc,
        printed: printed.map((x) => x.value ?? 0),
      });
    return { found: true, start: first };
  }
  if (!ctx.flattened && readScrambledReview(ctx, first, to)) return { found: true, start: first };
  ctx.issues.push({
    kind: printed.length > 15 ? "extra-numbers" : "unreadable-table",
    table: "review",
    cells: [...REVIEW_IDS],
    detail: `行政复议、行政诉讼情况表应有 15 个数，读到 ${printed.length} 个，无法对应到列`,
    printed: printed.map((x) => x.value ?? 0),
  });
  return { found: true, start: first };
}

const HEADER_TEXT = /行政复议|行政诉讼|未经复议直接起诉|复议后起诉|结果|维持|纠正|其他|尚未|审结|总\s*计|[（）()|#\s:：\-]/g;

/**
 * The table's values: from the first value up to the first prose after them (a missing 五 heading
 * must not pull the next section's numbers in). They must come as one block of 15, or as three
 * blocks of 5 (one small table per 复议/诉讼 block); values interleaved with header words
 * (pdftotext reading order) cannot be trusted.
 */
function tableBlock(raw: string, all: readonly Item[]): { items: Item[]; ordered: boolean } {
  if (all.length === 0) return { items: [], ordered: true };
  const items: Item[] = [all[0]!];
  const sizes: number[] = [1];
  for (let i = 1; i < all.length; i++) {
    const between = raw.slice(all[i - 1]!.end, all[i]!.start);
    if (/[\u4e00-\u9fff]/.test(between.replace(HEADER_TEXT, ""))) break; // prose: the table has ended
    items.push(all[i]!);
    // a stray "总计" (the last header cell printed late) does not break the order
    if (/[\u4e00-\u9fff]/.test(between.replace(/总\s*计/g, ""))) sizes.push(1);
    else sizes[sizes.length - 1]!++;
  }
  return { items, ordered: sizes.length === 1 || (sizes.length === 3 && sizes.every((n) => n === 5)) };
}
