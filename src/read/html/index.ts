// HTML (a government page as saved, or mammoth-style clean HTML) → the flow of paragraphs and
// tables. Page chrome (scripts, navigation, footers, share bars, link lists) is left out; tables
// keep their rowspan/colspan for the grid layout in ../flow.ts.
import { parse } from "parse5";
import type { Document } from "../blocks.js";
import { emitDocument, type FlowBlock, type FlowCell, type FlowMeta } from "../flow.js";

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
}

const SKIP = new Set([
  "head", "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe",
  "select", "button", "svg", "object", "embed", "canvas", "video", "audio", "map", "input", "textarea",
]);
const BLOCK = new Set([
  "p", "div", "section", "article", "main", "header", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
  "pre", "h1", "h2", "h3", "h4", "h5", "h6", "center", "address", "figure", "figcaption", "hr", "body",
  "html", "caption", "fieldset", "legend", "details", "summary",
]);
// class/id words that mark chrome on Chinese government sites (nav bars, share bars, footers).
const CHROME = /(^|[\s_-])(nav|navbar|menu|footer|foot|breadcrumb|crumbs?|share|bdshare|sidebar|copyright|toolbar|location|position|weizhi|dqwz|fenxiang|bottom|topbar|search|qrcode|ewm)($|[\s_-]|\d)/i;

function attr(n: Node, name: string): string | undefined {
  return n.attrs?.find((a) => a.name === name)?.value;
}

function isChrome(n: Node): boolean {
  const tag = n.tagName ?? "";
  if (SKIP.has(tag)) return true;
  if (attr(n, "hidden") !== undefined) return true;
  const style = attr(n, "style") ?? "";
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  if (tag === "table" || tag === "tr" || tag === "td" || tag === "th" || tag === "tbody") return false;
  const cls = `${attr(n, "class") ?? ""} ${attr(n, "id") ?? ""}`;
  return cls.trim() !== "" && CHROME.test(cls);
}

function textOf(n: Node): string {
  if (n.nodeName === "#text") return n.value ?? "";
  if (n.tagName === "br") return "\n";
  if (n.tagName && isChrome(n)) return "";
  let s = "";
  for (const c of n.childNodes ?? []) s += textOf(c);
  if (n.tagName && BLOCK.has(n.tagName)) s = `\n${s}\n`;
  return s;
}

function linkText(n: Node): number {
  if (n.tagName === "a") return textOf(n).replace(/\s+/g, "").length;
  let k = 0;
  for (const c of n.childNodes ?? []) if (c.tagName) k += linkText(c);
  return k;
}

/** A list or box of links (menus, related-article lists) rather than report content. */
function isLinkBlock(n: Node): boolean {
  const tag = n.tagName ?? "";
  if (!["ul", "ol", "div", "dl", "p", "section", "header", "li"].includes(tag)) return false;
  const total = textOf(n).replace(/\s+/g, "").length;
  if (total === 0) return false;
  return linkText(n) / total > 0.6;
}

export function htmlToFlow(html: string): FlowBlock[] {
  const root = parse(html) as unknown as Node;
  const blocks: FlowBlock[] = [];
  let buf = "";
  let heading: number | undefined;
  const flush = () => {
    for (const piece of buf.split("\n")) {
      if (piece.trim()) blocks.push(heading ? { type: "p", text: piece, heading } : { type: "p", text: piece });
    }
    buf = "";
  };
  const walk = (n: Node) => {
    if (n.nodeName === "#text") {
      buf += (n.value ?? "").replace(/[\r\n]+/g, " ");
      return;
    }
    const tag = n.tagName;
    if (!tag) {
      for (const c of n.childNodes ?? []) walk(c);
      return;
    }
    if (isChrome(n)) return;
    if (tag === "br") {
      buf += "\n";
      return;
    }
    if (tag === "table" && isLayoutTable(n)) {
      // Old sites lay pages out with tables: read their cells as blocks of the page.
      flush();
      for (const c of n.childNodes ?? []) walkLayout(c);
      flush();
      return;
    }
    if (tag === "table") {
      flush();
      const t = tableOf(n);
      if (t) blocks.push(t);
      return;
    }
    if (BLOCK.has(tag)) {
      if (isLinkBlock(n)) return;
      flush();
      const h = /^h([1-6])$/.exec(tag);
      const saved = heading;
      if (h) heading = Number(h[1]);
      for (const c of n.childNodes ?? []) walk(c);
      flush();
      heading = saved;
      return;
    }
    for (const c of n.childNodes ?? []) walk(c);
  };
  const walkLayout = (n: Node) => {
    const tag = n.tagName;
    if (tag === "tbody" || tag === "thead" || tag === "tfoot" || tag === "tr" || tag === "td" || tag === "th") {
      flush();
      for (const c of n.childNodes ?? []) walkLayout(c);
      flush();
    } else walk(n);
  };
  walk(root);
  flush();
  return blocks;
}

function rowsOf(n: Node, out: Node[]): void {
  for (const c of n.childNodes ?? []) {
    if (c.tagName === "tr") out.push(c);
    else if (c.tagName === "thead" || c.tagName === "tbody" || c.tagName === "tfoot") rowsOf(c, out);
  }
}

function hasTable(n: Node): boolean {
  return (n.childNodes ?? []).some((c) => c.tagName === "table" || hasTable(c));
}

/** A table used for page layout: it holds other tables, or is one big cell. */
function isLayoutTable(n: Node): boolean {
  if (hasTable(n)) return true;
  const trs: Node[] = [];
  rowsOf(n, trs);
  const cells = trs.flatMap((tr) => (tr.childNodes ?? []).filter((c) => c.tagName === "td" || c.tagName === "th"));
  return cells.length === 1;
}

function tableOf(n: Node): FlowBlock | null {
  const trs: Node[] = [];
  rowsOf(n, trs);
  const rows: FlowCell[][] = trs.map((tr) =>
    (tr.childNodes ?? [])
      .filter((c) => c.tagName === "td" || c.tagName === "th")
      .map((td) => {
        const cell: FlowCell = { text: textOf(td) };
        const cs = Number.parseInt(attr(td, "colspan") ?? "1", 10);
        const rs = Number.parseInt(attr(td, "rowspan") ?? "1", 10);
        if (cs > 1) cell.colspan = cs;
        if (rs > 1) cell.rowspan = rs;
        return cell;
      }),
  );
  if (rows.length === 0) return null;
  return { type: "table", rows };
}

/** <meta name=… content=…> pairs and the <title>, from the page head. */
export function htmlMeta(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  const head = html.slice(0, 65536);
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const name = /\bname\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
    const content = /\bcontent\s*=\s*("([^"]*)"|'([^']*)')/i.exec(tag);
    const value = (content?.[2] ?? content?.[3] ?? "").trim();
    if (name && value && !/^(viewport|robots|renderer|format-detection|generator)$/i.test(name)) out[name] = value;
  }
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(head)?.[1]?.replace(/\s+/g, " ").trim();
  if (title) out.title = title;
  return out;
}

export function readHtml(html: string, meta: FlowMeta): Document {
  const doc = emitDocument(htmlToFlow(html), meta);
  const m = htmlMeta(html);
  if (Object.keys(m).length) doc.meta = m;
  return doc;
}
