// Table C printed in reading order (pdftotext default mode): the 15 values come in groups between
// broken header words, not in column order. Each block (行政复议, 未经复议直接起诉, 复议后起诉) is four
// results and their 总计, so groups are put back together by that identity; which block is which
// comes only from the prose ("行政复议 351 件…", "复议后起诉 20 件"). A block the prose does not name
// stays unread unless the other blocks leave it a single place.
import { REVIEW_BLOCKS, REVIEW_IDS, REVIEW_RESULTS } from "../model/cells.js";
import { type Ctx, setAmbiguous, setItem } from "./context.js";
import { distinctSorted } from "./split.js";
import { type Item, readItems } from "./items.js";

/** Characters of the table's header (words broken across lines: "结 果", "其他结", "尚未审"). */
const HEADER_CHARS = new Set(Array.from("政府信息公开行政复议诉讼未经直接起后结果维持纠正其他尚审总计情况、，()（）|#:：-—"));
const NOTE = "本表数字与表头交错（阅读顺序排版），按“四项之和等于总计”拼组，并按正文所述对应到行政复议/行政诉讼";

/** How the prose names each block's total ("行政复议 351 件", "复议后起诉 20 件"). */
const STATED: readonly RegExp[] = [
  /行政复议(?:案件|申请)?(?:共|共计|合计)?\s*(\d+)\s*件/g,
  /(?:未经复议)?直接(?:提起)?(?:行政)?(?:诉讼|起诉)(?:案件)?(?:共|共计)?\s*(\d+)\s*件/g,
  /复议后(?:提起)?(?:行政)?(?:诉讼|起诉)(?:案件)?(?:共|共计)?\s*(\d+)\s*件/g,
];

/** Reads the scrambled table; false (nothing changed) when the groups or the prose do not settle it. */
export function readScrambledReview(ctx: Ctx, from: number, to: number): boolean {
  const { s } = ctx;
  const all = readItems(s, s.normMap[from]!, s.normMap[to]!, false, false);
  const groups: Item[][] = [];
  let count = 0;
  for (let i = 0; i < all.length && count < 15; i++) {
    const it = all[i]!;
    if (it.kind !== "number" || !it.intRun) return false;
    const between = s.raw.slice(i === 0 ? s.normMap[from]! : all[i - 1]!.end, it.start).replace(/\s+/g, "");
    // prose before the first value is not this layout; prose after a value ends the table
    if (Array.from(between).some((ch) => !HEADER_CHARS.has(ch))) {
      if (i === 0) return false;
      break;
    }
    if (i === 0 || between.length > 0) groups.push([]);
    groups[groups.length - 1]!.push(it);
    count++;
  }
  if (count !== 15) return false;

  // Units: a group of 5k is k whole blocks; a group of 4 is one block's results; of 1, a 总计.
  const whole: Item[][] = [];
  const parts: Item[][] = [];
  const totals: Item[] = [];
  for (const g of groups) {
    if (g.length % 5 === 0) for (let k = 0; k < g.length; k += 5) whole.push(g.slice(k, k + 5));
    else if (g.length === 4) parts.push(g);
    else if (g.length === 1) totals.push(g[0]!);
    else return false;
  }
  if (parts.length !== totals.length || !whole.every((b) => sum(b.slice(0, 4)) === b[4]!.value)) return false;
  // results paired with their 总计 by the sum; every pairing that works must give the same blocks
  const pairings = permutations(totals.length).filter((p) => parts.every((r, i) => sum(r) === totals[p[i]!]!.value));
  if (pairings.length === 0) return false;
  const blocksOf = (p: number[]) => [...whole, ...parts.map((r, i) => [...r, totals[p[i]!]!])];
  const key = (bs: Item[][]) => bs.map((b) => b.map((x) => x.value).join(",")).sort().join("|");
  if (new Set(pairings.map((p) => key(blocksOf(p)))).size !== 1) return false;
  const blocks = blocksOf(pairings[0]!);

  // Which block is which: the prose's stated totals, each matching exactly one block.
  const text = s.doc.text;
  const placed: (Item[] | null)[] = REVIEW_BLOCKS.map(() => null);
  const free = new Set(blocks);
  STATED.forEach((re, bi) => {
    const stated = new Set([...text.matchAll(re)].map((m) => Number(m[1])));
    const hits = [...free].filter((b) => stated.has(b[4]!.value!));
    if (hits.length === 1) {
      placed[bi] = hits[0]!;
      free.delete(hits[0]!);
    }
  });
  const left = REVIEW_BLOCKS.map((_, i) => i).filter((i) => !placed[i]);
  const rest = [...free];
  // blocks the prose left: one place, or all printing the same values
  if (left.length === 1 || (rest.length > 1 && new Set(rest.map((b) => b.map((x) => x.value).join(","))).size === 1))
    left.forEach((bi, k) => (placed[bi] = rest[k]!));
  if (placed.every((b) => b === null)) return false;

  const open: string[] = [];
  REVIEW_BLOCKS.forEach((_blk, bi) => {
    // the catalogue's own id strings (block-major), not ids built on the spot
    const ids = REVIEW_IDS.slice(bi * REVIEW_RESULTS.length, (bi + 1) * REVIEW_RESULTS.length);
    const b = placed[bi];
    if (b) ids.forEach((id, i) => setItem(ctx, id, b[i]!, NOTE));
    else {
      open.push(...ids);
      const unplaced = rest.filter((r) => !placed.includes(r));
      ids.forEach((id, i) => {
        setAmbiguous(ctx, id, { candidates: distinctSorted(unplaced.map((r) => r[i]!.value!)), note: NOTE });
      });
    }
  });
  if (open.length > 0) {
    const shown = rest.filter((b) => !placed.includes(b)).map((b) => `（${b.map((x) => x.value).join("、")}）`);
    const names = REVIEW_BLOCKS.filter((_, i) => !placed[i]).map((b) => `“${b.label}”`);
    ctx.issues.push({
      kind: "ambiguous-cell",
      table: "review",
      cells: open,
      detail: `行政复议、行政诉讼情况表的数字与表头交错（阅读顺序排版）：${shown.join("与")}各自四项之和等于总计，但正文没有说明哪组是${names.join("、哪组是")}，无法确定`,
    });
  }
  return true;
}

function sum(items: readonly Item[]): number {
  return items.reduce((n, x) => n + x.value!, 0);
}

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (const p of permutations(n - 1)) for (let i = 0; i <= p.length; i++) out.push([...p.slice(0, i), n - 1, ...p.slice(i)]);
  return out;
}
