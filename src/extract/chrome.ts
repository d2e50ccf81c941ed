// Web-page and crawler chrome (spec §4.8 F9): not report content. 发布时间 is kept as the
// publication date; page footers ("-3-", "— 4 —", "第 2 页") are dropped too.
import { isJsWhitespace } from "../normalize/chars.js";
import type { Line } from "../read/blocks.js";

const CHROME_WITH_VALUE = /^(发布时间|发布日期|信息来源|来源|浏览次数|访问次数|点击数|标题|文号|发布机构|栏目|原文链接|本地目录|索引号|生成日期|主题分类|所属机构)\s*[:：]/;
const CHROME_ALONE = /^(分享到|责任编辑|扫一扫|【?关闭当前页面】?|【?关闭窗口】?|【?打印本页】?|您访问的链接即将离开|页面链接与图片详见|字号[:：]?|=+\s*正文\s*=+)/;
const PAGE_FOOTER = /^(?:[-—–－]+\s*\d{1,3}\s*[-—–－]+|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;
// Most lines cannot be chrome by their first two characters alone: only the others have their
// text built and matched. Keep in step with the three patterns above.
const PREFIXES = new Set(
  [
    // CHROME_WITH_VALUE
    ..."发布 信息 来源 浏览 访问 点击 标题 文号 栏目 原文 本地 索引 生成 主题 所属".split(" "),
    // CHROME_ALONE (== 正文 == is below)
    ..."分享 责任 扫一 【关 【打 关闭 打印 您访 页面 字号".split(" "),
  ].map((w) => w.charCodeAt(0) * 0x10000 + w.charCodeAt(1)),
);
const DASHES = new Set([..."-—–－"].map((c) => c.charCodeAt(0)));
/** FIRST[c] = 1 when a prefix starts with c: most lines are ruled out by one typed-array load, before the
 *  Set lookup (whose key, c0 * 0x10000 + c1, is past the small-integer range for CJK and so a heap number). */
const FIRST = new Uint8Array(0x10000);
for (const key of PREFIXES) FIRST[Math.floor(key / 0x10000)] = 1;

/** Whether a line whose text starts with c0 c1 (c1 = -1: no second character) may be chrome. */
function mayBeChrome(c0: number, c1: number): boolean {
  if (c1 === -1) return false; // every pattern needs two characters
  if (FIRST[c0] === 1 && PREFIXES.has(c0 * 0x10000 + c1)) return true;
  const ws = isJsWhitespace(c1);
  const digit = c1 >= 48 && c1 <= 57;
  if (c0 === 61) return c1 === 61 || ws || c1 === 0x6b63; // =+\s*正文
  if (c0 === 0x7b2c) return ws || digit; // 第\s*\d
  if (c0 >= 48 && c0 <= 57) return digit || ws || c1 === 47; // \d{1,3}\s*\/
  if (DASHES.has(c0)) return DASHES.has(c1) || ws || digit; // [-—–－]+\s*\d
  return false;
}

/** A line's text: its cells joined by spaces, trimmed. */
export function lineText(line: Line): string {
  const cells = line.cells;
  return cells.length === 1 ? cells[0]!.text.trim() : cells.map((c) => c.text).join(" ").trim();
}

/** The character after firstCode's (-1: none; a cell boundary counts as the joining space). */
let secondCode = -1;

/** First character of lineText(line) without building it (-1: blank line); sets secondCode. */
function firstCode(line: Line): number {
  const cells = line.cells;
  for (let ci = 0; ci < cells.length; ci++) {
    const t = cells[ci]!.text;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (isJsWhitespace(c)) continue;
      secondCode = i + 1 < t.length ? t.charCodeAt(i + 1) : ci + 1 < cells.length ? 32 : -1;
      return c;
    }
  }
  return -1;
}

/** Indexes of the lines that are chrome. */
export function chromeLines(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  let expectValue = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // most lines are neither blank nor start like chrome: no text is built for them
    const first = firstCode(line);
    if (first === -1) continue;
    const may = mayBeChrome(first, secondCode);
    if (!expectValue && !may) continue;
    const t = lineText(line);
    if (expectValue && t.length <= 40) {
      out.add(i);
      expectValue = false;
      continue;
    }
    expectValue = false;
    if (!may) continue;
    const m = CHROME_WITH_VALUE.exec(t);
    if (m) {
      out.add(i);
      if (t.length - m[0].length === 0) expectValue = true; // "发布时间:" alone: its value is on the next line
      continue;
    }
    if (CHROME_ALONE.test(t) || PAGE_FOOTER.test(t)) out.add(i);
  }
  return out;
}

const DATE = /(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})/;

/** Index of the first "发布时间" or "发布日期" in t, or -1. */
function publishedLabel(t: string): number {
  for (let k = t.indexOf("发布"); k !== -1; k = t.indexOf("发布", k + 1)) {
    const a = t.charCodeAt(k + 2);
    const b = t.charCodeAt(k + 3);
    if ((a === 0x65f6 && b === 0x95f4) /* 时间 */ || (a === 0x65e5 && b === 0x671f) /* 日期 */) return k;
  }
  return -1;
}

/**
 * The 发布时间 of a web page, as YYYY-MM-DD. `text`: the document text, given only when every token
 * is a slice of it (Document.verbatim) — then lines ending before the first label cannot hold it, and
 * a text without the label (most reports) is settled by two native searches instead of one per cell.
 */
export function findPublishedAt(lines: readonly Line[], text?: string): string | null {
  let first = 0;
  if (text !== undefined) {
    const a = text.indexOf("发布时间");
    const b = text.indexOf("发布日期");
    if (a === -1 && b === -1) return null;
    first = a === -1 ? b : b === -1 ? a : Math.min(a, b);
  }
  for (let i = 0; i < lines.length; i++) {
    const ll = lines[i]!.loc;
    if (ll.offset + ll.length < first) continue;
    // the label never spans cells (they are joined with a space), so look in the cells first
    if (!lines[i]!.cells.some((c) => c.text.length >= 4 && publishedLabel(c.text) !== -1)) continue;
    const t = lineText(lines[i]!);
    const k = publishedLabel(t);
    if (k === -1) continue;
    let m = DATE.exec(t.slice(k));
    if (!m && i + 1 < lines.length) m = DATE.exec(lineText(lines[i + 1]!));
    if (m) return `${m[1]}-${(m[2] as string).padStart(2, "0")}-${(m[3] as string).padStart(2, "0")}`;
  }
  return null;
}
