// `npm run eval`: plays the eval tasks and prints the table. Exits 1 when any output number lacks
// provenance or a task errors (the guard must make that impossible).
import { formatTable, runEvals } from "./runner.js";

const { rows, endpoint } = await runEvals();
process.stdout.write(`${formatTable(rows, endpoint)}\n`);
const bad = rows.filter((r) => r.source === "error" || r.withProvenance < r.numbers);
if (bad.length) {
  process.stderr.write(`eval: ${bad.length} task(s) failed: ${bad.map((r) => r.id).join(", ")}\n`);
  process.exitCode = 1;
}
