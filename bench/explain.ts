// Explanation and rendering speed: diagnosis + explanations + the HTML rendering (tables and findings
// list) per report, over the seeds and the real text corpus, in-process. Target: ≤ 50 ms median,
// ≤ 500 ms worst report (the cause search tries every small change on a copy of the cells).
// Measures the compiled dist/ (bench/_compiled.ts), the code the CLI runs.
import { readFileSync } from "node:fs";
import type * as Check from "../src/check/index.js";
import type * as Explain from "../src/explain/explain.js";
import type * as Extract from "../src/extract/index.js";
import type * as ReadText from "../src/read/text/index.js";
import type * as Render from "../src/render/index.js";
import { corpusCases, seedCases } from "../test/helpers/gold.js";
import { loadCompiled } from "./_compiled.js";
import type { BenchRow } from "./run.js";

const {
  modules: [{ checkReport }, { buildReport }, { readText }, { explainFindings }, { renderCheck }],
  code,
} = await loadCompiled<[typeof Check, typeof Extract, typeof ReadText, typeof Explain, typeof Render]>(
  "src/check/index.js",
  "src/extract/index.js",
  "src/read/text/index.js",
  "src/explain/explain.js",
  "src/render/index.js",
);

export async function bench(): Promise<BenchRow[]> {
  const files = [...seedCases(), ...corpusCases()].map((c) => c.file).filter((f) => !f.endsWith(".pdf"));
  const times: number[] = [];
  let findings = 0;
  for (const file of files) {
    const report = buildReport(readText(readFileSync(file, "utf8"), { name: file, encoding: "utf-8", sha256: "" }));
    const fs = checkReport(report);
    findings += fs.length;
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      explainFindings(report, fs);
      renderCheck(report, fs, { format: "html", explain: true });
      runs.push(performance.now() - t0);
    }
    times.push(Math.min(...runs));
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1] ?? 0;
  const worst = sorted.at(-1) ?? 0;
  return [
    { name: `explain + HTML per report, median (${files.length} reports, ${findings} findings)`, value: median, unit: "ms", target: "≤ 50 ms", ok: median <= 50, note: code },
    { name: "explain + HTML per report, worst", value: worst, unit: "ms", target: "≤ 500 ms", ok: worst <= 500 },
  ];
}
