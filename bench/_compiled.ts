// Benches measure the compiled code in dist/ (what `jiaohe` runs), built first when older than the
// sources. Through tsx every closure is wrapped by esbuild's keepNames helper (__name →
// Object.defineProperty) and every worker thread transpiles the code base again: costs no user pays.
// JIAOHE_BENCH_SOURCES=1 benches the sources through tsx instead.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Newest modification time of the shipped sources (tests excluded). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith(".ts") && !e.name.endsWith(".test.ts")) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

let fresh: boolean | undefined;

/** True when dist/ is at least as new as src/ and tools/, building it first if it is not. */
function ensureBuilt(probe: string): boolean {
  if (fresh !== undefined) return fresh;
  const target = join(ROOT, "dist", probe);
  const stale = () => !existsSync(target) || statSync(target).mtimeMs < Math.max(newestSource(join(ROOT, "src")), newestSource(join(ROOT, "tools")));
  if (stale()) {
    process.stderr.write("bench: dist/ is older than the sources, building it (tsc -p tsconfig.build.json) …\n");
    const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
    spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "inherit" });
  }
  // tsc emits even with type errors elsewhere; only a missing or still stale build falls back.
  fresh = !stale();
  if (!fresh) process.stderr.write("bench: no fresh build, benching the sources through tsx\n");
  return fresh;
}

/**
 * Imports modules by their source path ("src/review/run.js") from dist/ when the build is fresh,
 * else from the sources. `code` says which was measured, for the bench table.
 */
export async function loadCompiled<T extends unknown[]>(...paths: string[]): Promise<{ modules: T; code: string }> {
  const { base, code } = compiledBase(paths[0] ?? "src/core.js");
  // Sources are .ts files imported by their .js names, which tsx resolves.
  const modules = (await Promise.all(paths.map((p) => import(pathToFileURL(join(base, p)).href)))) as T;
  return { modules, code };
}

/**
 * Where loadCompiled imports from (dist/, built first when stale, else the repository), for a bench
 * that measures in a child process: `compiled` false means the sources, which need tsx registered.
 */
export function compiledBase(probe: string): { base: string; code: string; compiled: boolean } {
  const compiled = !process.env.JIAOHE_BENCH_SOURCES && ensureBuilt(probe);
  return { base: compiled ? join(ROOT, "dist") : ROOT, code: compiled ? "compiled dist/" : "sources via tsx", compiled };
}
