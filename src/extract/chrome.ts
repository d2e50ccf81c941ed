// Web-page and crawler chrome (spec §4.8 F9): not report content. 发布时间 is kept as the
// publication date; page footers ("-3-", "— 4 —", "第 2 页") are dropped too.
import type { Line } from "../read/blocks.js";

const CHROME_WITH_VALUE = /^(发布时间|发布日期|信息来源|来源|浏览次数|访问次数|点击数|标题|文号|发布机构|栏目|原文链接|本地目录|索引号|生成日期|主题分类|所属机构)\s*[:：]/;
const CHROME_ALONE = /^(分享到|责任编辑|扫一扫|【?关闭当前页面】?|【?关闭窗口】?|【?打印本页】?|您访问的链接即将离开|页面链接与图片详见|字号[:：]?|=+\s*正文\s*=+)/;
const PAGE_FOOTER = /^(?:[-—–－]+\s*\d{1,3}\s*[-—–－]+|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;

const TEXTS = new WeakMap<Line, string>();

export function lineText(line: Line): string {
  let t = TEXTS.get(line);
  if (t === undefined) {
    t = line.cells.length === 1 ? line.cells[0]!.text.trim() : line.cells.map((c) => c.text).join(" ").trim();
    TEXTS.set(line, t);
  }
  return t;
}

/** Indexes of the lines that are chrome. */
export function chromeLines(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  let expectValue = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const t = lineText(line);
    if (t.length === 0) continue;
    if (expectValue && t.length <= 40) {
      out.add(i);
      expectValue = false;
      continue;
    }
    expectValue = false;
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

/** The 发布时间 of a web page, as YYYY-MM-DD. */
export function findPublishedAt(lines: readonly Line[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const t = lineText(lines[i] as Line);
    const k = t.search(/发布(时间|日期)/);
    if (k === -1) continue;
    let m = DATE.exec(t.slice(k));
    if (!m && i + 1 < lines.length) m = DATE.exec(lineText(lines[i + 1] as Line));
    if (m) return `${m[1]}-${(m[2] as string).padStart(2, "0")}-${(m[3] as string).padStart(2, "0")}`;
  }
  return null;
}
