// Telegram-HTML helpers: escaping, and splitting a long reply into messages Telegram accepts
// (≤ 4096 characters each, cut at paragraph, then line boundaries, each part valid HTML on its
// own — tags open at a cut are closed and reopened in the next part, never cut through).

/** Telegram's limit on a message's text, in UTF-16 units after entity parsing. */
export const MESSAGE_LIMIT = 4096;
/** Telegram's limit on a document caption. */
export const CAPTION_LIMIT = 1024;

/** Only <, > and & are special in Telegram's HTML (and " inside attributes). */
export function escapeHtml(s: string): string {
  return s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/** Text the person sees (tags removed, entities decoded): what Telegram measures. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&(lt|gt|quot|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', amp: "&" })[e] ?? "");
}

interface Tag {
  name: string;
  open: string; // the full opening tag as written, e.g. <a href="…">
}

/** Positions where a cut would not fall inside a tag, an entity or a surrogate pair. */
function safeCut(html: string, pos: number): boolean {
  if (pos <= 0 || pos >= html.length) return true;
  const lastLt = html.lastIndexOf("<", pos - 1);
  if (lastLt >= 0 && html.indexOf(">", lastLt) >= pos) return false;
  const lastAmp = html.lastIndexOf("&", pos - 1);
  if (lastAmp >= 0 && pos - lastAmp < 12 && /^&#?\w+;/.test(html.slice(lastAmp, lastAmp + 12)) && html.indexOf(";", lastAmp) >= pos) return false;
  const code = html.charCodeAt(pos - 1);
  return !(code >= 0xd800 && code <= 0xdbff);
}

function lastBreak(html: string, from: number, to: number, sep: string): number {
  const i = html.lastIndexOf(sep, to - sep.length);
  return i > from ? i + sep.length : -1;
}

/** Tags still open at the end of `html`, given those open at its start. */
function openTagsAfter(html: string, stack: Tag[]): Tag[] {
  const out = [...stack];
  for (const m of html.matchAll(/<(\/?)([a-z-]+)[^>]*>/gi)) {
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      const i = out.map((t) => t.name).lastIndexOf(name);
      if (i >= 0) out.splice(i, 1);
    } else out.push({ name, open: m[0] });
  }
  return out;
}

/**
 * Splits Telegram HTML into parts of at most `limit` characters (counted on the HTML itself, which
 * is never shorter than what Telegram counts). Parts are numbered "（1/3）" when there are several.
 */
export function splitHtml(html: string, limit: number = MESSAGE_LIMIT): string[] {
  const text = html.trim();
  if (text.length <= limit) return text ? [text] : [];
  const NUMBERING = 12; // "（12/13）\n"
  const raw: string[] = [];
  let stack: Tag[] = [];
  let start = 0;
  while (start < text.length) {
    const prefix = stack.map((t) => t.open).join("");
    // Closing tags for whatever may be open at the cut: bounded by the tags seen so far.
    const closeReserve = 64 + stack.length * 16;
    const budget = Math.max(200, limit - NUMBERING - prefix.length - closeReserve);
    let end = Math.min(text.length, start + budget);
    if (end < text.length) {
      const cut = [lastBreak(text, start, end, "\n\n"), lastBreak(text, start, end, "\n")].find(
        (p) => p > start + budget / 3 && safeCut(text, p),
      );
      if (cut !== undefined) end = cut;
      else while (end > start + 1 && !safeCut(text, end)) end--;
    }
    const body = text.slice(start, end);
    const after = openTagsAfter(body, stack);
    const closing = [...after].reverse().map((t) => `</${t.name}>`).join("");
    const part = (prefix + body.replace(/\s+$/, "") + closing).trim();
    if (visibleText(part).trim()) raw.push(part);
    stack = after;
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  return raw.length > 1 ? raw.map((p, i) => `（${i + 1}/${raw.length}）\n${p}`) : raw;
}
