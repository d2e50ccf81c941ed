// PLACEHOLDER (text-reader helper replaces): text → blocks.
import type { Document } from "../blocks.js";

export function readText(_text: string, _meta: { name: string; encoding: string; sha256: string }): Document {
  throw new Error("readText: not built yet");
}
