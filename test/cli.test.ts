// The check and parse commands end to end: a real child process per call, exit codes and JSON shape,
// compared with the seed gold (never with our own output).
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_CELL_IDS } from "../src/model/cells.js";
import { REPO_ROOT, seedCases } from "./helpers/gold.js";

const ENTRY = join(REPO_ROOT, "test/helpers/cli-entry.ts");

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", ENTRY, ...args], { cwd: REPO_ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const seeds = seedCases();
const seed = (p: string) => seeds.find((c) => c.stem.startsWith(p)) as (typeof seeds)[number];
const tmp = mkdtempSync(join(tmpdir(), "jiaohe-cli-"));

describe("jiaohe check", () => {
  it("exits 0 on a clean report (001) and 1 on one with errors (002)", () => {
    expect(run("check", seed("001").file).code).toBe(0);
    const r = run("check", seed("002").file);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("【收到和处理政府信息公开申请情况表】");
    // The offending row with its printed label and numbers.
    expect(r.stdout).toMatch(/（一）予以公开\s+37\s+0\s+0\s+0\s+0\s+—\s+46/);
    expect(r.stdout).not.toMatch(/applications\.[a-z_]+/);
  });

  it("--json prints [{file, findings:[…]}] covering the gold findings", () => {
    const files = [seed("002").file, seed("003").file];
    const r = run("check", ...files, "--json");
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { file: string; findings: Record<string, unknown>[] }[];
    expect(out.map((x) => x.file)).toEqual(files);
    for (const [i, stem] of [[0, "002"], [1, "003"]] as const) {
      const findings = out[i]?.findings ?? [];
      for (const f of findings)
        for (const k of ["id", "rule", "family", "severity", "cells", "expected", "actual", "message", "location"]) expect(f, k).toHaveProperty(k);
      for (const g of seed(stem).gold.expected_findings.filter((x) => !x.optional))
        expect(
          findings.some((f) => f.family === g.family && g.cells.every((c) => (f.cells as string[]).includes(c))),
          `${stem} ${g.family}`,
        ).toBe(true);
    }
  });

  it("--lang en prints English messages", () => {
    const out = JSON.parse(run("check", seed("003").file, "--json", "--lang", "en").stdout) as { findings: { rule: string; message: string }[] }[];
    expect(out[0]?.findings.find((f) => f.rule === "F7")?.message).toContain("lacks the closing bracket");
  });

  it("exits 2 with one clear line per unreadable input, still checking the others", () => {
    const empty = join(tmp, "empty.txt");
    writeFileSync(empty, "");
    const binary = join(tmp, "b.bin");
    writeFileSync(binary, Buffer.from([0, 1, 2, 255, 0, 7, 8, 0, 0, 200]));
    const prose = join(tmp, "poem.txt");
    writeFileSync(prose, "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n");
    const r = run("check", join(tmp, "missing.txt"), empty, binary, prose, seed("001").file, "--json");
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(4);
    for (const l of lines) expect(l).toMatch(/^jiaohe check：\S/);
    expect(r.stderr).not.toMatch(/\bat \S+ \(|Error:/);
    const out = JSON.parse(r.stdout) as { file: string; findings: unknown[]; error?: unknown }[];
    expect(out).toHaveLength(5);
    expect(out[4]?.error).toBeUndefined();
    expect(out.slice(0, 4).every((x) => x.error)).toBe(true);
  });

  it("checks carry-over against --previous (X1)", () => {
    // Last year's report as this year's previous: 002 carries 1 forward, so 001's 0 carried over differs.
    const r = run("check", seed("001").file, "--previous", seed("002").file, "--json");
    const out = JSON.parse(r.stdout) as { findings: { rule: string; cells: string[] }[] }[];
    expect(out[0]?.findings.some((f) => f.rule === "X1" && f.cells.includes("applications.carried_over.total"))).toBe(true);
  });

  it("names a folder as a folder and points to review, instead of 'file not found'", () => {
    const r = run("check", tmp, "--json");
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([`jiaohe check：这是文件夹，不是文件：${tmp}。要审阅整个文件夹的报告，请用 jiaohe review ${tmp}`]);
    expect(JSON.parse(r.stdout)[0]?.error?.code).toBe("not-a-file");
    expect(run("parse", tmp, "--lang", "en").stderr.trim()).toBe(`jiaohe parse：This is a folder, not a file: ${tmp}. To review every report in it, use jiaohe review ${tmp}`);
  });

  it("rejects an unknown language with exit 2", () => {
    expect(run("check", seed("001").file, "--lang", "fr").code).toBe(2);
  });
});

describe("jiaohe parse", () => {
  it("--json gives issuer, year, format and all 200 cells equal to the gold (004)", () => {
    const c = seed("004");
    const r = run("parse", c.file, "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { report: { issuer: string; year: number; format: string }; cells: Record<string, number | null> };
    expect(out.report).toMatchObject({ year: c.gold.year, format: "2021" });
    expect(Object.keys(out.cells).sort()).toEqual([...ALL_CELL_IDS].sort());
    expect(out.cells).toEqual(c.gold.cells);
  });
  it("exits 2 on a missing file with one line", () => {
    const r = run("parse", join(tmp, "nope.docx"), "--json");
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
