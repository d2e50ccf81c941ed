// Prompts are versioned text files in prompts/, loaded at run time; %%name%% marks a value.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

function findPromptsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, "prompts");
    if (existsSync(join(candidate, "agent-system.v1.md"))) return candidate;
    dir = resolve(dir, "..");
  }
  throw new Error("prompts/ not found next to the package");
}

let cachedDir: string | undefined;
const cache = new Map<string, string>();

export function loadPrompt(name: string, vars: Record<string, string> = {}, dir?: string): string {
  const base = dir ?? (cachedDir ??= findPromptsDir());
  const file = join(base, `${name}.md`);
  let text = cache.get(file);
  if (text === undefined) {
    text = readFileSync(file, "utf8").replace(/^<!--[\s\S]*?-->\s*/, "");
    cache.set(file, text);
  }
  return text.replace(/%%([a-zA-Z_]+)%%/g, (m, k: string) => vars[k] ?? m).trim();
}
