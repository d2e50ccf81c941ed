// How a cell's content is shown: the printed number, or what stands in its place.
import type { Cell } from "../model/report.js";
import { num } from "../explain/templates.js";
import type { Lang } from "../explain/types.js";

export function cellText(cell: Cell | undefined, lang: Lang): string {
  const missing = lang === "zh" ? "—缺—" : "—missing—";
  if (!cell) return missing;
  switch (cell.state) {
    case "number":
      return cell.value === null ? missing : num(cell.value);
    case "blank":
      return lang === "zh" ? "（空）" : "(blank)";
    case "slash":
    case "text":
      return (cell.raw ?? "").trim() || "/";
    case "ambiguous":
      return `${(cell.raw ?? "").trim()}?`;
    case "missing":
      return missing;
  }
}

/** Display width in a terminal: CJK and full-width characters take two columns. */
export function width(s: string): number {
  let w = 0;
  // eslint-disable-next-line no-control-regex
  for (const ch of s.replace(/\u001b\[[0-9;]*m/g, "")) {
    const c = ch.codePointAt(0) ?? 0;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x2460 && c <= 0x24ff) || c === 0x2014 ? 2 : 1;
  }
  return w;
}

export function padEnd(s: string, w: number): string {
  return s + " ".repeat(Math.max(0, w - width(s)));
}
export function padStart(s: string, w: number): string {
  return " ".repeat(Math.max(0, w - width(s))) + s;
}
