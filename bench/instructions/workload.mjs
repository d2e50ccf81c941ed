// Workload for bench/instructions/count.sh: N rounds of parse+check over the five seeds, on the
// compiled dist/ given by JIAOHE_DIST (default: this checkout's dist/). The loop stays in this file:
// counts compare only from the same workload (see count.sh).
import { join, resolve } from "node:path";
import { ROOT, loadPipeline, readSeeds } from "../_pipeline.mjs";

const dist = resolve(process.env.JIAOHE_DIST ?? join(ROOT, "dist"));
const { checkReport, buildReport, readText } = await loadPipeline(dist);
const seeds = readSeeds();
const rounds = Number(process.env.ROUNDS ?? 600);
for (let i = 0; i < rounds; i++)
  for (const s of seeds) checkReport(buildReport(readText(s.text, { name: s.name, encoding: "utf-8", sha256: "" })));
