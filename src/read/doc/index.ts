// Old binary Word (.doc, Word 97–2003 and WPS) → the flow of paragraphs and tables.
//
// word-extractor's text flattens tables (cell and row marks both become tabs, and its sprm walker
// misreads the long table-definition sprm, so rows of wide tables run together). So only its OLE
// container reader is used; the text comes from the piece table, and table structure from the
// paragraph properties: each row-end mark (sprmPFTtp) carries the row's table definition
// (sprmTDefTable: cell boundaries and vertical-merge flags), from which the grid is rebuilt.
import { createRequire } from "node:module";
import type { Readable } from "node:stream";
import { InputError } from "../../model/errors.js";
import type { Document } from "../blocks.js";
import { type DocxTable, toFlowTable } from "../docx/index.js";
import { emitDocument, type FlowBlock, type FlowMeta } from "../flow.js";

const require = createRequire(import.meta.url);

interface OleDoc {
  read(): Promise<OleDoc>;
  stream(name: string): Readable;
}
type OleCtor = new (reader: unknown) => OleDoc;
const OleCompoundDoc = require("word-extractor/lib/ole-compound-doc.js") as OleCtor;
const BufferReader = require("word-extractor/lib/buffer-reader.js") as new (b: Buffer) => unknown;
const AllocationTable = require("word-extractor/lib/ole-allocation-table.js") as {
  prototype: { getSecIdChain(start: number): number[]; _table: number[] };
};

// A crafted file with a cycle in its sector chain would loop forever in the original.
AllocationTable.prototype.getSecIdChain = function (this: { _table: number[] }, start: number): number[] {
  const ids: number[] = [];
  const seen = new Set<number>();
  let id = start;
  while (id > -1 && !seen.has(id) && ids.length <= this._table.length) {
    seen.add(id);
    ids.push(id);
    id = this._table[id] ?? -2;
  }
  return ids;
};

function streamBytes(s: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    s.on("data", (c: Buffer) => chunks.push(c));
    s.on("error", reject);
    s.on("end", () => resolve(Buffer.concat(chunks)));
  });
}

interface Piece {
  cp: number;
  cpEnd: number;
  fc: number;
  bpc: 1 | 2;
}

interface Tap {
  /** Cell boundaries in twips, n + 1 of them. */
  centers: number[];
  /** tcgrf flags per cell. */
  flags: number[];
}

interface ParaProps {
  inTable: boolean;
  ttp: boolean;
  tap?: Tap;
}

function pieces(wd: Buffer, table: Buffer): Piece[] {
  let pos = wd.readUInt32LE(0x01a2);
  const end = pos + wd.readUInt32LE(0x01a6);
  while (pos < end && table[pos] === 1) pos += 3 + table.readUInt16LE(pos + 1);
  if (table[pos] !== 2) throw new Error("no piece table");
  const size = table.readUInt32LE(pos + 1);
  pos += 5;
  const n = (size - 4) / 12;
  const out: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const cp = table.readUInt32LE(pos + i * 4);
    const cpEnd = table.readUInt32LE(pos + (i + 1) * 4);
    let fc = table.readUInt32LE(pos + (n + 1) * 4 + i * 8 + 2);
    let bpc: 1 | 2 = 2;
    if (fc & 0x40000000) {
      fc = (fc & ~0x40000000) / 2;
      bpc = 1;
    }
    out.push({ cp, cpEnd, fc, bpc });
  }
  return out;
}

const CP1252: Record<number, string> = { 0x91: "\u2018", 0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x96: "\u2013", 0x97: "\u2014", 0x85: "\u2026" };

function pieceText(wd: Buffer, p: Piece): string {
  const len = p.cpEnd - p.cp;
  const bytes = wd.subarray(p.fc, p.fc + len * p.bpc);
  if (p.bpc === 2) return bytes.toString("utf16le");
  let s = "";
  for (const b of bytes) s += CP1252[b] ?? String.fromCharCode(b);
  return s;
}

function fcToCp(ps: Piece[], fc: number): number | undefined {
  for (const p of ps) {
    const fcEnd = p.fc + (p.cpEnd - p.cp) * p.bpc;
    if (fc >= p.fc && fc < fcEnd) return p.cp + Math.floor((fc - p.fc) / p.bpc);
  }
  return undefined;
}

/** Walks a grpprl; for sprms with variable operands, the two long ones carry 2-byte sizes. */
function readProps(g: Buffer, start: number, data?: Buffer, props: ParaProps = { inTable: false, ttp: false }): ParaProps {
  let o = start;
  while (o + 2 <= g.length) {
    const sprm = g.readUInt16LE(o);
    o += 2;
    const spra = sprm >> 13;
    let size: number;
    if (sprm === 0xd608) {
      if (o + 2 > g.length) break;
      size = g.readUInt16LE(o) + 1; // cb counts itself minus one
      props.tap = readTap(g, o + 2, o + size);
    } else if (spra === 6) size = (g[o] ?? 0) + 1;
    else size = [1, 1, 2, 4, 2, 2, 0, 3][spra] ?? 1;
    if (sprm === 0x2416) props.inTable = g[o] === 1;
    if (sprm === 0x2417) props.ttp = g[o] === 1;
    if (sprm === 0x6649 && o + 4 <= g.length && g.readInt32LE(o) > 0) props.inTable = true; // sprmPItap
    // sprmPHugePapx: properties too long for the page live in the Data stream (wide tables).
    if (sprm === 0x6646 && data && o + 4 <= g.length) {
      const at = g.readUInt32LE(o);
      if (at + 2 <= data.length) readProps(data.subarray(at + 2, at + 2 + data.readUInt16LE(at)), 0, undefined, props);
    }
    o += size;
  }
  return props;
}

function readTap(g: Buffer, o: number, end: number): Tap | undefined {
  const n = g[o];
  if (n === undefined || n === 0 || o + 1 + (n + 1) * 2 > end) return undefined;
  const centers: number[] = [];
  for (let i = 0; i <= n; i++) centers.push(g.readInt16LE(o + 1 + i * 2));
  const flags: number[] = [];
  const tcAt = o + 1 + (n + 1) * 2;
  for (let i = 0; i < n; i++) flags.push(tcAt + i * 20 + 2 <= end ? g.readUInt16LE(tcAt + i * 20) : 0);
  return { centers, flags };
}

/** Paragraph properties keyed by the CP of each paragraph's end mark. */
function paragraphProps(wd: Buffer, table: Buffer, ps: Piece[], data?: Buffer): Map<number, ParaProps> {
  const out = new Map<number, ParaProps>();
  const fcPlc = wd.readUInt32LE(0x0102);
  const lcbPlc = wd.readUInt32LE(0x0106);
  const n = (lcbPlc - 4) / 8;
  for (let i = 0; i < n; i++) {
    const pn = table.readUInt32LE(fcPlc + (n + 1) * 4 + i * 4) & 0x3fffff;
    const fkp = wd.subarray(pn * 512, pn * 512 + 512);
    if (fkp.length < 512) continue;
    const crun = fkp[511] ?? 0;
    for (let j = 0; j < crun; j++) {
      const fcEnd = fkp.readUInt32LE((j + 1) * 4);
      const bOff = (fkp[(crun + 1) * 4 + j * 13] ?? 0) * 2;
      if (bOff === 0) continue;
      const cb = fkp[bOff] ?? 0;
      const g = cb !== 0 ? fkp.subarray(bOff + 1, bOff + 1 + 2 * cb - 1) : fkp.subarray(bOff + 2, bOff + 2 + 2 * (fkp[bOff + 1] ?? 0));
      const props = readProps(g, 2, data);
      // The paragraph mark is the last character before fcEnd (1 or 2 bytes wide).
      const cp = fcToCp(ps, fcEnd - 1) ?? fcToCp(ps, fcEnd - 2);
      if (cp !== undefined) out.set(cp, props);
    }
  }
  return out;
}

interface RawRow {
  cells: string[];
  tap?: Tap;
}

/** Rows with their table definitions → a docx-style table (grid spans and vertical merges). */
function rowsToTable(rows: RawRow[]): DocxTable {
  const edges = [...new Set(rows.flatMap((r) => (r.tap && r.tap.centers.length === r.cells.length + 1 ? r.tap.centers : [])))].sort(
    (a, b) => a - b,
  );
  // Boundaries within 30 twips are one grid line.
  const grid: number[] = [];
  for (const e of edges) if (!grid.length || e - (grid.at(-1) as number) > 30) grid.push(e);
  const col = (x: number) => {
    let best = 0;
    grid.forEach((g, i) => {
      if (Math.abs(g - x) < Math.abs((grid[best] as number) - x)) best = i;
    });
    return best;
  };
  return {
    rows: rows.map((r) => {
      const tap = r.tap && r.tap.centers.length === r.cells.length + 1 ? r.tap : undefined;
      if (!tap || grid.length < 2)
        return { gridBefore: 0, cells: r.cells.map((text) => ({ text, span: 1, vmerge: null })) };
      const cells = r.cells.map((text, i) => {
        const f = tap.flags[i] ?? 0;
        const span = Math.max(1, col(tap.centers[i + 1] as number) - col(tap.centers[i] as number));
        const vmerge: "restart" | "continue" | null = f & 0x20 ? (f & 0x40 ? "restart" : "continue") : null;
        return { text, span, vmerge, hmerged: (f & 0x02) !== 0 && (f & 0x01) === 0 };
      });
      // Old-style horizontal merges: the merged-away cells add their width to the first one.
      const kept: { text: string; span: number; vmerge: "restart" | "continue" | null }[] = [];
      for (const c of cells) {
        const last = kept.at(-1);
        if (c.hmerged && last) last.span += c.span;
        else kept.push({ text: c.text, span: c.span, vmerge: c.vmerge });
      }
      return { gridBefore: col(tap.centers[0] as number), cells: kept };
    }),
  };
}

export function docToFlow(wd: Buffer, table: Buffer, data?: Buffer): { blocks: FlowBlock[]; warnings: string[] } {
  const ps = pieces(wd, table);
  const ccpText = wd.readUInt32LE(0x004c);
  let text = "";
  for (const p of ps) {
    if (p.cp >= ccpText) break;
    text += pieceText(wd, p);
  }
  text = text.slice(0, ccpText);
  const props = paragraphProps(wd, table, ps, data);
  const blocks: FlowBlock[] = [];
  const warnings: string[] = [];
  let para = "";
  let cells: string[] = [];
  let rows: RawRow[] = [];
  let tablesWithoutDef = 0;
  const flushTable = () => {
    if (cells.length) {
      rows.push({ cells });
      cells = [];
    }
    if (!rows.length) return;
    if (rows.some((r) => !r.tap)) tablesWithoutDef++;
    blocks.push(toFlowTable(rowsToTable(rows)));
    rows = [];
  };
  // Fields: keep the result (between \x14 and \x15), drop the code (between \x13 and \x14).
  const fields: boolean[] = [];
  for (let cp = 0; cp < text.length; cp++) {
    const ch = text[cp] as string;
    const c = ch.charCodeAt(0);
    if (c === 0x13) {
      fields.push(true);
      continue;
    }
    if (c === 0x14) {
      if (fields.length) fields[fields.length - 1] = false;
      continue;
    }
    if (c === 0x15) {
      fields.pop();
      continue;
    }
    if (fields.some((inCode) => inCode)) continue;
    if (c === 0x07) {
      const pp = props.get(cp);
      if (pp?.ttp) {
        rows.push(pp.tap ? { cells, tap: pp.tap } : { cells });
        cells = [];
      } else cells.push(para);
      para = "";
      continue;
    }
    if (c === 0x0d) {
      const pp = props.get(cp);
      if (pp?.inTable) para += "\n";
      else {
        flushTable();
        blocks.push({ type: "p", text: para });
        para = "";
      }
      continue;
    }
    if (c === 0x0b || c === 0x0c) {
      para += "\n";
      continue;
    }
    if (c === 0x1e) para += "-";
    else if (c >= 0x20 || c === 0x09) para += c === 0x09 ? " " : ch;
  }
  flushTable();
  if (para.trim()) blocks.push({ type: "p", text: para });
  if (tablesWithoutDef)
    warnings.push(
      `.doc 中有 ${tablesWithoutDef} 个表格缺少表格定义（行属性），合并单元格无法还原：这些表格按每行实际单元格顺序读取，跨行/跨列合并的单元格可能错位。`,
    );
  // Body paragraphs may hold line breaks: one line each.
  const out: FlowBlock[] = blocks.flatMap((b) =>
    b.type === "p" ? b.text.split("\n").filter((t) => t.trim()).map((t): FlowBlock => ({ type: "p", text: t })) : [b],
  );
  return { blocks: out, warnings };
}

export async function readDoc(bytes: Uint8Array, meta: FlowMeta): Promise<Document> {
  const bad = (why: string) =>
    new InputError(
      "corrupt",
      `.doc 文件已损坏或无法读取（${why}）：${meta.name}。请用 Word/WPS 打开后另存为 .docx 再发送。`,
      `The .doc file is damaged or cannot be read (${why}): ${meta.name}. Open it in Word/WPS, save it as .docx and send that.`,
      meta.name,
    );
  let wd: Buffer;
  let table: Buffer;
  let data: Buffer | undefined;
  try {
    const ole = await new OleCompoundDoc(new BufferReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))).read();
    wd = await streamBytes(ole.stream("WordDocument"));
    if (wd.length < 0x200 || wd.readUInt16LE(0) !== 0xa5ec) throw bad("不是 Word 文档 / not a Word document");
    const flags = wd.readUInt16LE(0x0a);
    if (flags & 0x0100)
      throw new InputError(
        "encrypted",
        `.doc 文件设置了打开密码，无法读取：${meta.name}。请取消密码后另存为 .docx 再发送。`,
        `The .doc file is password-protected: ${meta.name}. Remove the password, save it as .docx and send that.`,
        meta.name,
      );
    table = await streamBytes(ole.stream(flags & 0x0200 ? "1Table" : "0Table"));
    data = await streamBytes(ole.stream("Data"));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw bad("容器结构无效 / invalid container");
  }
  let flow: ReturnType<typeof docToFlow>;
  try {
    flow = docToFlow(wd, table, data);
  } catch {
    throw bad("正文结构无效 / invalid text structure");
  }
  return emitDocument(flow.blocks, { ...meta, encoding: "utf-16le", warnings: [...(meta.warnings ?? []), ...flow.warnings] });
}
