// The terminal summary: one line per report, the unreadable files with their reasons, the issuers
// paired across years, and the totals.
import pc from "picocolors";
import { FORMAT_ZH, KIND_ZH, L } from "./labels.js";
import type { ReviewResult } from "./types.js";

/** Display width in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000 ? 2 : 1;
  }
  return w;
}

export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = "";
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

const pad = (s: string, w: number) => s + " ".repeat(Math.max(0, w - displayWidth(s)));

export function formatSummary(result: ReviewResult, opts: { color?: boolean; width?: number } = {}): string {
  const c = pc.createColors(opts.color ?? false);
  const width = Math.max(80, opts.width ?? 120);
  const rows = result.reports.map((r) => [
    r.name,
    r.issuer ?? L.unknown,
    r.year === null ? "?" : String(r.year),
    `${KIND_ZH[r.kind]} ${FORMAT_ZH[r.format] ?? r.format}`,
    String(r.counts.error),
    String(r.counts.warning),
    r.worst ? r.worst.message : L.none,
  ]);
  const head = [L.file, L.issuer, L.year, L.kind, L.errors, L.warnings, L.worst];
  const cap = [34, 20, 4, 20, 4, 4, 0];
  const widths = head.map((h, i) => Math.min(cap[i] || 999, Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? "")))));
  const fixed = widths.slice(0, -1).reduce((a, b) => a + b + 2, 0);
  widths[widths.length - 1] = Math.max(12, width - fixed);
  const line = (cells: string[]) => cells.map((s, i) => pad(truncate(s, widths[i] ?? 10), widths[i] ?? 10)).join("  ").trimEnd();
  const out: string[] = [c.bold(line(head))];
  result.reports.forEach((r, k) => {
    const text = line(rows[k] ?? []);
    out.push(r.counts.error > 0 ? c.red(text) : r.counts.warning > 0 ? c.yellow(text) : c.green(text));
  });
  if (result.unreadable.length) {
    out.push("", c.bold(`${L.unreadable}（${result.unreadable.length}）`));
    for (const u of result.unreadable) out.push(`  ${u.name}：${u.error.zh}`);
  }
  const paired = result.series.filter((s) => s.years.length > 1);
  if (paired.length) {
    out.push("", c.bold(L.series));
    for (const s of paired) out.push(`  ${L.pairLine(s.issuer, s.years.map((y) => y.year))}`);
  }
  const t = result.totals;
  out.push("", c.bold(L.totalLine(t.reports, t.error, t.warning, t.info, t.unreadable)));
  return `${out.join("\n")}\n`;
}
