// Node decodes GB18030 but has no encoder: tests build GBK bytes from a reverse table of the
// decoder's two-byte codes. `unmapped` says what to do with a character GBK cannot hold.
let reverse: Map<string, number[]> | undefined;

function table(): Map<string, number[]> {
  if (reverse) return reverse;
  const dec = new TextDecoder("gb18030");
  reverse = new Map();
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && !reverse.has(ch)) reverse.set(ch, [a, b]);
    }
  return reverse;
}

export function encodeGbk(s: string, unmapped: "throw" | "ncr" | "question" = "throw"): Uint8Array {
  const rev = table();
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    const r = rev.get(ch);
    if (r) out.push(...r);
    else if (unmapped === "ncr") out.push(...Buffer.from(`&#${c};`)); // an HTML page's own escape
    else if (unmapped === "question") out.push(0x3f);
    else throw new Error(`no 2-byte GBK code for ${ch}`);
  }
  return new Uint8Array(out);
}
