// A minimal XML tokenizer for WordprocessingML: tags with attributes and text, entities decoded.
// document.xml is machine-written and regular; a full XML parser would be slower and heavier.

export type XmlToken =
  | { t: "open"; name: string; attrs: string; selfClosing: boolean }
  | { t: "close"; name: string }
  | { t: "text"; text: string };

const TOKEN = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>|([^<]+)/g;

export function* tokenize(xml: string): Generator<XmlToken> {
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(xml))) {
    if (m[2]) {
      if (m[1]) yield { t: "close", name: m[2] };
      else yield { t: "open", name: m[2], attrs: m[3] ?? "", selfClosing: m[4] === "/" };
    } else if (m[5] !== undefined) yield { t: "text", text: m[5] };
    else if (m[6] !== undefined) yield { t: "text", text: decodeEntities(m[6]) };
  }
}

export function attrValue(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
  if (!m) return undefined;
  return decodeEntities(m[2] ?? m[3] ?? "");
}

export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, e: string) => {
    if (e[0] === "#") {
      const cp = e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : "";
    }
    return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[e] ?? "";
  });
}
