// The version a cache entry is valid for: the package version plus a hash of jiaohe's own code,
// so a changed parser or rule never serves findings computed by the old one (no version bump needed).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
/** The folder holding src/ and tools/: the repository (tsx) or dist/ (compiled). */
const CODE_ROOT = resolve(HERE, "../..");

function packageVersion(): string {
  for (let dir = CODE_ROOT, i = 0; i < 4; i++, dir = dirname(dir)) {
    const p = join(dir, "package.json");
    if (existsSync(p)) {
      const v = (JSON.parse(readFileSync(p, "utf8")) as { version?: unknown }).version;
      return typeof v === "string" ? v : "0.0.0";
    }
  }
  return "0.0.0";
}

function codeFiles(dir: string, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) codeFiles(p, out);
    else if (/\.(ts|js|mjs|json)$/.test(name) && !/\.test\.ts$/.test(name)) out.push(p);
  }
}

let memo: string | undefined;

export function toolVersion(): string {
  if (memo) return memo;
  const files: string[] = [];
  codeFiles(join(CODE_ROOT, "src"), files);
  codeFiles(join(CODE_ROOT, "tools"), files);
  const h = createHash("sha256");
  for (const f of files) h.update(f.slice(CODE_ROOT.length)).update("\0").update(readFileSync(f)).update("\0");
  memo = `${packageVersion()}+${h.digest("hex").slice(0, 12)}`;
  return memo;
}
