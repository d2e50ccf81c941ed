// Fills the slots of a model's text with values from the report: {{applications.new.total}} →
// "12件", {{fig:F1a2b3c}} → "12.5%". The model never writes the number; this does.
import { resolveSlot, type SlotValue } from "../../tools/index.js";
import type { ReportContext, SlotUse } from "./types.js";

export const SLOT_RE = /\{\{\s*([^{}\n]+?)\s*\}\}/g;

export interface RenderResult {
  text: string;
  slots: SlotUse[];
  /** Slot names that mean nothing for this report. */
  unknown: string[];
  /** Where each filled value sits in `text` (for provenance checks). */
  spans: { start: number; end: number; slot: string }[];
}

export type SlotResolver = (name: string) => SlotValue | undefined;

export function resolverFor(ctx: ReportContext): SlotResolver {
  return (name) => {
    const entry = ctx.deps.store.get(ctx.reportId);
    return entry ? resolveSlot(ctx.deps.store, entry, name) : undefined;
  };
}

export function renderSlots(template: string, resolve: SlotResolver): RenderResult {
  const slots: SlotUse[] = [];
  const unknown: string[] = [];
  const spans: RenderResult["spans"] = [];
  let text = "";
  let last = 0;
  for (const m of template.matchAll(SLOT_RE)) {
    const whole = m[0];
    const name = m[1] ?? "";
    const offset = m.index ?? 0;
    text += template.slice(last, offset);
    last = offset + whole.length;
    const v = resolve(name);
    if (!v) {
      unknown.push(name);
      text += whole;
      continue;
    }
    slots.push({ slot: name, formatted: v.formatted, provenance: v.provenance });
    // "{{applications.new.total}}件" must not print "12件件".
    const after = template.slice(offset + whole.length);
    const out = v.value !== null && v.unit && after.startsWith(v.unit) ? v.formatted.slice(0, -v.unit.length) : v.formatted;
    spans.push({ start: text.length, end: text.length + out.length, slot: name });
    text += out;
  }
  text += template.slice(last);
  return { text, slots, unknown, spans };
}
