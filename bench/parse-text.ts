// Read + build time per seed (target: ≤ 0.5 ms median per seed). Run: npx tsx bench/parse-text.ts
import { readFileSync } from "node:fs";
import { buildReport } from "../src/extract/index.js";
import { readText } from "../src/read/text/index.js";
import { seedCases } from "../test/helpers/gold.js";

const N = 100;
for (const c of seedCases()) {
  const text = readFileSync(c.file, "utf8");
  const meta = { name: c.file, encoding: "utf-8", sha256: "x" };
  for (let i = 0; i < 1000; i++) buildReport(readText(text, meta)); // warm-up (JIT)
  // CPU time, not wall time: the shared machines are often loaded, which inflates wall time.
  const times: number[] = [];
  for (let i = 0; i < N; i++) {
    const c0 = process.cpuUsage();
    for (let j = 0; j < 10; j++) buildReport(readText(text, meta));
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000 / 10);
  }
  times.sort((a, b) => a - b);
  const med = times[N >> 1]!;
  console.log(`${c.stem}  median ${med.toFixed(3)} ms  p90 ${times[Math.floor(N * 0.9)]!.toFixed(3)} ms  ${med <= 0.5 ? "ok" : "SLOW"}`);
}
