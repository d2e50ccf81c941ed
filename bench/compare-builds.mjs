// Compares the parse+check speed of two compiled builds in one process, sample by sample:
//   node bench/compare-builds.mjs DIST_A DIST_B     (each a dist/ directory, e.g. a copy of the old one)
// A slow spell of the host falls on both builds alike, so differences of 2–3 % show reliably where two
// separate bench runs drift by up to 2x. Prints, per seed and over all, the median CPU time of each
// build and their ratio (B/A below 1: B is faster). Plain JavaScript: runs without a TypeScript loader.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadPipeline, readSeeds } from "./_pipeline.mjs";

const dists = process.argv.slice(2, 4).map((d) => resolve(d));
if (dists.length !== 2 || dists.some((d) => !existsSync(join(d, "src/check/index.js")))) {
  process.stderr.write("usage: node bench/compare-builds.mjs DIST_A DIST_B (two compiled dist/ directories)\n");
  process.exit(2);
}

const seeds = readSeeds();

/** @param {string} dist */
async function load(dist) {
  const { checkReport, buildReport, readText } = await loadPipeline(dist);
  /** @param {{ name: string; text: string }} s */
  return (s) => checkReport(buildReport(readText(s.text, { name: s.name, encoding: "utf-8", sha256: "" })));
}

const builds = [await load(dists[0]), await load(dists[1])];
// Both warm, past the optimising compiler's background work (see bench/core.ts).
for (let i = 0; i < 8000; i++) for (const run of builds) run(seeds[i % seeds.length]);

/** @type {number[][][]} samples[build][seed] in ms */
const samples = builds.map(() => seeds.map(() => []));
for (let round = 0; round < 150; round++)
  seeds.forEach((s, k) =>
    builds.forEach((run, b) => {
      const c0 = process.cpuUsage();
      for (let j = 0; j < 10; j++) run(s);
      const c = process.cpuUsage(c0);
      samples[b][k].push((c.user + c.system) / 1000 / 10);
    }),
  );

/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const row = (label, a, b) => `${label.padEnd(8)} ${median(a).toFixed(3)} ms  ${median(b).toFixed(3)} ms  B/A ${(median(b) / median(a)).toFixed(3)}`;
seeds.forEach((s, k) => console.log(row(s.name.slice(0, 3), samples[0][k], samples[1][k])));
// Over all seeds: the geometric mean of the per-seed ratios (a pooled median of seeds this unlike
// jumps between them).
const ratios = seeds.map((_, k) => median(samples[1][k]) / median(samples[0][k]));
console.log(`all      B/A ${Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length).toFixed(3)} (geometric mean of the seeds' ratios)`);
