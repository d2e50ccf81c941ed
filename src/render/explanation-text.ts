// One explanation as plain text or Markdown (the terminal and Markdown findings lists share it).
import { TEMPLATES } from "../explain/explain.js";
import type { Explanation, Lang } from "../explain/types.js";
import { badge } from "./marks.js";

export function explanationLines(e: Explanation, lang: Lang, md: boolean): string[] {
  const t = TEMPLATES[lang];
  const sep = lang === "zh" ? "：" : ": ";
  const b = (s: string) => (md ? `**${s}**` : s);
  const bullet = md ? "- " : "   ";
  const out: string[] = [];
  out.push(`${badge(e.index)} ${b(e.title)}${lang === "zh" ? `（${t.severity[e.severity]}）` : ` (${t.severity[e.severity]})`}`);
  const src = e.source ? t.ui.sourceLine(e.source.line, e.source.section, e.source.page) : "";
  if (e.where.length || src) out.push(`${bullet}${b(t.ui.where)}${sep}${[e.where.length ? t.places(e.where) : "", src].filter(Boolean).join(lang === "zh" ? "；" : "; ")}`);
  out.push(`${bullet}${b(t.ui.finding)}${sep}${e.what}`);
  out.push(`${bullet}${b(t.ui.rule)}${sep}${e.why}`);
  if (e.numbers) out.push(`${bullet}${b(t.ui.numbers)}${sep}${e.numbers}`);
  for (const c of e.causes)
    out.push(`${bullet}${b(t.ui.cause)}${sep}【${t.confidence[c.confidence]}】${c.text}${c.alsoClears.length ? ` ${t.ui.alsoClears(c.alsoClears.map((x) => badge(x.index)).join(""))}` : ""}`);
  for (const f of e.fix) out.push(`${bullet}${b(t.ui.fix)}${sep}${f}`);
  for (const a of e.assumptions) out.push(`${bullet}${b(t.ui.assumptions)}${sep}${a}`);
  return out;
}
