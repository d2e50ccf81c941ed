// Quoting prose to a model without handing it numbers to copy: every quantity in the text is
// replaced by a slot (text.<section>.<k> for the report's own words, note.<k> for the clerk's
// notes) whose value and provenance the store keeps, so a model that repeats the figure writes the
// slot and the renderer prints the number exactly as it was written.
import { quantities } from "./numbers.js";
import type { StoredReport } from "./store.js";

export function quoteWithSlots(entry: StoredReport, text: string, prefix: string, where: (offset: number) => string): string {
  let out = "";
  let last = 0;
  let k = 0;
  for (const span of quantities(text)) {
    k += 1;
    const slot = `${prefix}.${k}`;
    entry.quoted.set(slot, { slot, text: span.text, value: span.value, provenance: where(span.start) });
    out += `${text.slice(last, span.start)}{{${slot}}}`;
    last = span.end;
  }
  return out + text.slice(last);
}

export function lineAt(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
