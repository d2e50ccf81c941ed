// Workload for bench/instructions/count.sh: N rounds of parse+check over the five seeds, on the
// compiled dist/ given by JIAOHE_DIST (default: this checkout's dist/).
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = resolve(process.env.JIAOHE_DIST ?? join(root, "dist"));
const { checkReport } = await import(join(dist, "src/check/index.js"));
const { buildReport } = await import(join(dist, "src/extract/index.js"));
const { readText } = await import(join(dist, "src/read/text/index.js"));
const seedsDir = resolve(root, "../shared/seeds");
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(seedsDir, f), "utf8") }));
const rounds = Number(process.env.ROUNDS ?? 600);
for (let i = 0; i < rounds; i++)
  for (const s of seeds) checkReport(buildReport(readText(s.text, { name: s.name, encoding: "utf-8", sha256: "" })));
