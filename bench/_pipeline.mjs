// The core pipeline of a build and the seed texts, for the bench scripts written in plain JavaScript
// so that they run without a TypeScript loader: _core-child.mjs, compare-builds.mjs and
// instructions/workload.mjs.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SEEDS_DIR = resolve(ROOT, "../shared/seeds");

/** The seed reports (.txt), in name order. */
export function readSeeds(dir = SEEDS_DIR) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), "utf8") }));
}

/**
 * readText, buildReport and checkReport of the build under `base`: a dist/ directory, or the
 * repository itself when the sources are benched (the process must then have tsx registered).
 * @param {string} base
 */
export async function loadPipeline(base) {
  const load = (p) => import(pathToFileURL(join(base, p)).href);
  const [{ checkReport }, { buildReport }, { readText }] = await Promise.all(
    ["src/check/index.js", "src/extract/index.js", "src/read/text/index.js"].map(load),
  );
  return { checkReport, buildReport, readText };
}
