// The number guard: reads a model's text before it is shown and rejects any number the model
// wrote itself. Allowed: filled slots, and numbers that are not quantities (years and dates,
// 第二十条, 一是/（三）/1., 〔2021〕30号, fixed phrases). Chinese numerals count as numbers.
import { quantities } from "../../tools/index.js";
import { SLOT_RE, type SlotResolver } from "./render.js";

export interface GuardViolation {
  kind: "raw-number" | "unknown-slot";
  /** The number or slot as written. */
  text: string;
  /** A few characters around it, for the retry message and logs. */
  context: string;
}

export interface GuardResult {
  ok: boolean;
  violations: GuardViolation[];
}

function around(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start - 8), Math.min(text.length, end + 8)).replace(/\s+/g, " ");
}

export function checkNumbers(template: string, resolve: SlotResolver): GuardResult {
  const violations: GuardViolation[] = [];
  for (const m of template.matchAll(SLOT_RE)) {
    const name = m[1] ?? "";
    if (!resolve(name)) {
      const s = m.index ?? 0;
      violations.push({ kind: "unknown-slot", text: m[0], context: around(template, s, s + m[0].length) });
    }
  }
  for (const q of quantities(template)) violations.push({ kind: "raw-number", text: q.text, context: around(template, q.start, q.end) });
  return { ok: violations.length === 0, violations };
}

/** The violations as a Chinese list for the retry message. */
export function describeViolations(vs: readonly GuardViolation[]): string {
  return vs
    .slice(0, 12)
    .map((v) => (v.kind === "raw-number" ? `- 自行写出的数字「${v.text}」（…${v.context}…）` : `- 无效槽位 ${v.text}（…${v.context}…）`))
    .join("\n");
}
