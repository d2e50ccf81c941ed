#!/usr/bin/env node
// Runs the whole vitest suite and closes with one plain "N passed, N failed, N skipped" line
// (vitest's own summary is not a format CI recognises). Exit code is vitest's.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
// vitest's package exports do not expose its bin file; it sits at a fixed place in the package.
const vitest = join(root, "node_modules/vitest/vitest.mjs");
mkdirSync("test-artifacts", { recursive: true });
const out = "test-artifacts/vitest-results.json";
const args = [vitest, "run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`, ...process.argv.slice(2)];
const r = spawnSync(process.execPath, args, { stdio: "inherit" });
let code = r.status ?? 1;
if (existsSync(out)) {
  const j = JSON.parse(readFileSync(out, "utf8"));
  const skipped = (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
  console.log(`\n${j.numPassedTests} passed, ${j.numFailedTests} failed, ${skipped} skipped`);
  if (j.numTotalTests === 0) code = 1;
} else {
  console.log("\n0 passed, 1 failed");
  code = code || 1;
}
process.exit(code);
