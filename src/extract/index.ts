// PLACEHOLDER (text-reader helper replaces): blocks → report model.
import type { Report } from "../model/report.js";
import type { Document } from "../read/blocks.js";

export function buildReport(_doc: Document): Report {
  throw new Error("buildReport: not built yet");
}
