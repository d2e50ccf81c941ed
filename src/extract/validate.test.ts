import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseReport } from "../core.js";
import { isInputError } from "../model/errors.js";
import { SEEDS_DIR, SHARED } from "../../test/helpers/gold.js";

async function code(text: string): Promise<string | null> {
  try {
    await parseReport({ text, name: "t.txt" });
    return null;
  } catch (e) {
    if (isInputError(e)) return e.code;
    throw e;
  }
}

describe("assertReport: documents that are not reports are refused, not checked", () => {
  it("refuses a README as not a report", async () => {
    expect(await code(readFileSync(join(SHARED, "corpus/real/SOURCES.md"), "utf8"))).toBe("not-a-report");
    expect(await code("你好，请帮我看看这份材料。")).toBe("not-a-report");
  });
  it("says 'no tables' when the six parts are there but no table is", async () => {
    const seed = readFileSync(join(SEEDS_DIR, "001_2b0699a3dfee169a.txt"), "utf8");
    const prose = seed.split("\n").filter((l) => !/\t|^\s*\d+\s*$/.test(l)).join("\n");
    expect(await code(prose)).toBe("no-tables");
  });
  it("accepts a real report", async () => {
    expect(await code(readFileSync(join(SEEDS_DIR, "001_2b0699a3dfee169a.txt"), "utf8"))).toBeNull();
  });
});
