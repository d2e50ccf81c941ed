// The eval suite against the stand-in (no network): every number has provenance, every tool call
// is valid, the explanations name the gold's cells, and the injected instruction changes nothing.
import { describe, expect, it } from "vitest";
import { formatTable, runEvals } from "./runner.js";

describe("evals against the stand-in", () => {
  it("meet the bars: 100% provenance and valid tool calls; right cells; injection falls back", async () => {
    const { rows, endpoint } = await runEvals({ env: {} });
    expect(endpoint).toContain("stand-in");
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const r of rows) {
      expect(r.source, r.id).not.toBe("error");
      expect(r.withProvenance, r.id).toBe(r.numbers);
      expect(r.validToolCalls, r.id).toBe(r.toolCalls);
      if (r.rightCells !== null) expect(r.rightCells, r.id).toBe(true);
      expect(r.rounds, r.id).toBeGreaterThan(0);
    }
    expect(rows.find((r) => r.id === "injection-002")?.source).toBe("fallback");
    expect(rows.find((r) => r.id === "raw-number-002")).toMatchObject({ source: "model", guardAttempts: 2 });
    expect(rows.filter((r) => r.numbers > 0).length).toBeGreaterThan(5);
    const table = formatTable(rows, endpoint);
    expect(table).toContain("TOTAL");
    expect(table).toMatch(/\| TOTAL .*\| \d+\/\d+ 100% +\|/);
  });
});
