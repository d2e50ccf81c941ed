// One direction of flow: source → reader → blocks → report model → checks → findings →
// explanations → render → tools → surfaces. Nothing below imports anything above, and no
// surface imports another. This test reads every import specifier and enforces the layering.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./helpers/gold.js";

// Lower number = lower layer. A module may import only from its own layer or lower ones.
const LAYERS: [prefix: string, level: number][] = [
  ["src/model/", 0],
  ["src/normalize/", 1],
  ["src/read/", 2],
  ["src/extract/", 3],
  ["src/rules/", 4],
  // The wording catalogue: findings get their one-line message from it when checks run.
  ["src/explain/messages.ts", 4],
  ["src/check/", 5],
  ["src/explain/", 6],
  ["src/render/", 7],
  ["src/core.ts", 8],
  ["tools/", 9],
  ["src/agent/", 10],
  ["src/review/", 10],
  ["src/mcp/", 11],
  ["src/bot/", 11],
  ["src/cli/", 12],
];
const SURFACES = ["src/agent/", "src/review/", "src/mcp/", "src/bot/"];
// Surfaces that may use the agent (a thin surface over tools + agent).
const MAY_USE_AGENT = ["src/mcp/", "src/bot/", "src/cli/"];

function layerOf(rel: string): [string, number] | undefined {
  return LAYERS.find(([p]) => rel.startsWith(p));
}

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (p.endsWith(".ts") && !p.endsWith(".test.ts")) out.push(p);
  }
  return out;
}

describe("architecture", () => {
  const all = [...files(join(REPO_ROOT, "src")), ...files(join(REPO_ROOT, "tools"))];
  it("has modules to check", () => {
    expect(all.length).toBeGreaterThan(10);
  });
  it("imports point one way: down the layers, never between surfaces", () => {
    const violations: string[] = [];
    for (const file of all) {
      const rel = relative(REPO_ROOT, file).replaceAll("\\", "/");
      const from = layerOf(rel);
      if (!from) continue;
      const src = readFileSync(file, "utf8");
      for (const m of src.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g)) {
        const spec = m[1] ?? m[2];
        if (!spec) continue;
        const target = relative(REPO_ROOT, resolve(dirname(file), spec)).replaceAll("\\", "/").replace(/\.js$/, ".ts");
        const to = layerOf(target);
        if (!to) continue;
        if (to[1] > from[1]) violations.push(`${rel} → ${target}`);
        const fromSurface = SURFACES.find((s) => rel.startsWith(s));
        const toSurface = SURFACES.find((s) => target.startsWith(s));
        if (fromSurface && toSurface && fromSurface !== toSurface && !(toSurface === "src/agent/" && MAY_USE_AGENT.includes(fromSurface)))
          violations.push(`${rel} → ${target} (surface to surface)`);
      }
    }
    expect(violations).toEqual([]);
  });
});
