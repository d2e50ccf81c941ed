// .docx (Word, WPS, LibreOffice) → the flow of paragraphs and tables, read straight from
// word/document.xml: w:gridSpan becomes a column span and a w:vMerge run a row span, so the grid
// layout in ../flow.ts expands merged cells before any label is matched.
import { InputError } from "../../model/errors.js";
import type { Document } from "../blocks.js";
import { emitDocument, type FlowBlock, type FlowCell, type FlowMeta } from "../flow.js";
import { corruptZip, unzipEntries } from "../zip.js";
import { attrValue, decodeEntities, tokenize } from "./xml.js";

export interface DocxCell {
  text: string;
  span: number;
  vmerge: "restart" | "continue" | null;
}
export interface DocxRow {
  cells: DocxCell[];
  gridBefore: number;
}
export interface DocxTable {
  rows: DocxRow[];
}

/** styleId → heading level, from word/styles.xml (outline level or a "heading N" / "标题 N" name). */
export function headingStyles(stylesXml: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attrValue(m[1] ?? "", "w:styleId");
    const body = m[2] ?? "";
    if (!id) continue;
    const lvl = /<w:outlineLvl\s+w:val="(\d)"/.exec(body);
    const nm = /<w:name\s+w:val="([^"]*)"/.exec(body)?.[1] ?? "";
    const byName = /^(?:heading|标题)\s*(\d)$/i.exec(nm.trim());
    if (lvl && Number(lvl[1]) < 9) out.set(id, Number(lvl[1]) + 1);
    else if (byName) out.set(id, Number(byName[1]));
  }
  return out;
}

export function docxXmlToFlow(xml: string, headings: Map<string, number> = new Map()): FlowBlock[] {
  const blocks: FlowBlock[] = [];
  const tables: DocxTable[] = [];
  let para: { text: string; heading?: number } | null = null;
  let cell: DocxCell | null = null;
  const cellStack: (DocxCell | null)[] = [];
  const outer: { text: string; heading?: number }[] = [];
  let inText = false;
  let skipDepth = 0; // inside w:del, mc:Fallback, w:instrText…
  for (const tok of tokenize(xml)) {
    if (skipDepth > 0) {
      if (tok.t === "open" && !tok.selfClosing && isSkipped(tok.name)) skipDepth++;
      else if (tok.t === "close" && isSkipped(tok.name)) skipDepth--;
      continue;
    }
    if (tok.t === "text") {
      if (inText && para) para.text += tok.text;
      continue;
    }
    const name = tok.name;
    if (tok.t === "open") {
      if (isSkipped(name)) {
        if (!tok.selfClosing) skipDepth = 1;
        continue;
      }
      switch (name) {
        case "w:p":
          // A paragraph inside a text box opens within its anchor paragraph: set the outer one aside.
          if (tok.selfClosing) break; // an empty paragraph
          if (para !== null) outer.push(para);
          para = { text: "" };
          break;
        case "w:t":
          inText = !tok.selfClosing;
          break;
        case "w:tab":
        case "w:ptab":
          if (para) para.text += " ";
          break;
        case "w:br":
        case "w:cr":
          if (para && attrValue(tok.attrs, "w:type") !== "page") para.text += "\n";
          break;
        case "w:noBreakHyphen":
          if (para) para.text += "-";
          break;
        case "w:pStyle": {
          const id = attrValue(tok.attrs, "w:val");
          const h = id ? headings.get(id) : undefined;
          if (para && h) para.heading = h;
          break;
        }
        case "w:outlineLvl": {
          const v = Number(attrValue(tok.attrs, "w:val"));
          if (para && v >= 0 && v < 9) para.heading = v + 1;
          break;
        }
        case "w:tbl":
          if (para && para.text.trim() && !cell) para = endParagraph(para, blocks, cell);
          cellStack.push(cell);
          cell = null;
          tables.push({ rows: [] });
          break;
        case "w:tr":
          tables.at(-1)?.rows.push({ cells: [], gridBefore: 0 });
          break;
        case "w:gridBefore": {
          const row = tables.at(-1)?.rows.at(-1);
          if (row) row.gridBefore = Math.max(0, Number(attrValue(tok.attrs, "w:val")) || 0);
          break;
        }
        case "w:tc":
          cell = { text: "", span: 1, vmerge: null };
          tables.at(-1)?.rows.at(-1)?.cells.push(cell);
          break;
        case "w:gridSpan":
          if (cell) cell.span = Math.max(1, Math.min(Number(attrValue(tok.attrs, "w:val")) || 1, 1000));
          break;
        case "w:vMerge":
          if (cell) cell.vmerge = attrValue(tok.attrs, "w:val") === "restart" ? "restart" : "continue";
          break;
      }
      continue;
    }
    // close
    switch (name) {
      case "w:t":
        inText = false;
        break;
      case "w:p":
        if (para) endParagraph(para, blocks, cell);
        para = outer.pop() ?? null;
        break;
      case "w:tc":
        cell = null;
        break;
      case "w:tbl": {
        const t = tables.pop();
        cell = cellStack.pop() ?? null;
        if (!t) break;
        if (cell) {
          // A table nested in a cell: its text joins the cell's.
          cell.text += `\n${t.rows.map((r) => r.cells.map((c) => c.text).join(" ")).join("\n")}`;
        } else blocks.push(toFlowTable(t));
        break;
      }
    }
  }
  return blocks;
}

function isSkipped(name: string): boolean {
  return name === "w:del" || name === "mc:Fallback" || name === "w:instrText" || name === "w:delText" || name === "w:moveFrom";
}

function endParagraph(para: { text: string; heading?: number }, blocks: FlowBlock[], cell: DocxCell | null): null {
  if (cell) {
    cell.text += cell.text ? `\n${para.text}` : para.text;
    return null;
  }
  // Line breaks inside a body paragraph are lines of their own.
  for (const piece of para.text.split("\n")) {
    if (!piece.trim()) continue;
    blocks.push(para.heading ? { type: "p", text: piece, heading: para.heading } : { type: "p", text: piece });
  }
  return null;
}

/** vMerge runs → row spans; gridBefore → an empty leading cell. */
export function toFlowTable(t: DocxTable): FlowBlock {
  // Grid column of every cell.
  const placed = t.rows.map((r) => {
    let col = r.gridBefore;
    return r.cells.map((c) => {
      const at = col;
      col += c.span;
      return { c, col: at };
    });
  });
  const continues = placed.map((r) => new Map(r.filter((p) => p.c.vmerge === "continue").map((p) => [p.col, p.c])));
  const rows: FlowCell[][] = placed.map((r, ri) => {
    const out: FlowCell[] = [];
    const before = t.rows[ri]?.gridBefore ?? 0;
    if (before > 0) out.push({ text: "", colspan: before });
    for (const { c, col } of r) {
      // A continuation covered by a restart above is absorbed into that cell's row span.
      if (c.vmerge === "continue" && coveredAbove(placed, ri, col)) continue;
      const fc: FlowCell = { text: c.text };
      if (c.span > 1) fc.colspan = c.span;
      if (c.vmerge === "restart") {
        let n = 1;
        while (continues[ri + n]?.has(col)) n++;
        if (n > 1) fc.rowspan = n;
      }
      out.push(fc);
    }
    return out;
  });
  return { type: "table", rows };
}

function coveredAbove(placed: { c: DocxCell; col: number }[][], ri: number, col: number): boolean {
  for (let r = ri - 1; r >= 0; r--) {
    const p = placed[r]?.find((x) => x.col === col);
    if (!p) return false;
    if (p.c.vmerge === "restart") return true;
    if (p.c.vmerge !== "continue") return false;
  }
  return false;
}

export function readDocx(bytes: Uint8Array, meta: FlowMeta, maxUncompressed: number): Document {
  const files = unzipEntries(
    bytes,
    (n) => n === "word/document.xml" || n === "word/styles.xml" || n === "docProps/custom.xml",
    { maxUncompressed },
    meta.name,
  );
  const doc = files["word/document.xml"];
  if (!doc) {
    throw new InputError(
      "corrupt",
      `这个 .docx 文件里没有正文（缺少 word/document.xml）：${meta.name}。请用 Word/WPS 打开后另存为 .docx 再发送。`,
      `This .docx has no document body (word/document.xml is missing): ${meta.name}. Open it in Word/WPS, save it again as .docx and send that.`,
      meta.name,
    );
  }
  const dec = new TextDecoder("utf-8");
  // The zip holds no checksum we verify: a damaged entry shows as invalid UTF-8 or a cut-off body.
  let xml: string;
  try {
    xml = new TextDecoder("utf-8", { fatal: true }).decode(doc);
  } catch {
    throw corruptZip(meta.name);
  }
  if (!/<w:body[\s>]/.test(xml) || !/<\/w:document>\s*$/.test(xml.replace(/\0+$/, ""))) throw corruptZip(meta.name);
  const styles = files["word/styles.xml"];
  const flow = docxXmlToFlow(xml, styles ? headingStyles(dec.decode(styles)) : new Map());
  const out = emitDocument(flow, meta);
  const custom = files["docProps/custom.xml"];
  if (custom) {
    const props: Record<string, string> = {};
    for (const m of dec.decode(custom).matchAll(/<property\b([^>]*)>([\s\S]*?)<\/property>/g)) {
      const name = attrValue(m[1] ?? "", "name");
      const value = decodeEntities((m[2] ?? "").replace(/<[^>]+>/g, "")).trim();
      if (name && value) props[name] = value;
    }
    if (Object.keys(props).length) out.meta = props;
  }
  return out;
}
