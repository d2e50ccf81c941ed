// Prompt and resource texts live as files in prompts/ (never strings in code). This finds the
// project root from here, so the same lookup works from src/ under tsx and from dist/ once built.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "prompts")) && existsSync(join(dir, "package.json"))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error("jiaohe: prompts/ directory not found above " + fileURLToPath(import.meta.url));
    dir = up;
  }
}

const ROOT = findRoot();
const cache = new Map<string, string>();

/** The text of prompts/<name>.md, read once. */
export function promptText(name: string): string {
  let t = cache.get(name);
  if (t === undefined) {
    t = readFileSync(join(ROOT, "prompts", `${name}.md`), "utf8");
    cache.set(name, t);
  }
  return t;
}

/** Fills {{key}} placeholders; an unknown key is left visible rather than silently dropped. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (m, k: string) => values[k] ?? m);
}

/** The version in package.json, for the server's self-description. */
export function packageVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  const v = pkg && typeof pkg === "object" && "version" in pkg ? (pkg as { version: unknown }).version : undefined;
  return typeof v === "string" ? v : "0.0.0";
}

/** An absolute path inside the project (for bundled files such as examples/). */
export function rootPath(rel: string): string {
  return join(ROOT, rel);
}
