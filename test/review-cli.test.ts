// `jiaohe review` as a person runs it: a folder with a real report and two files that cannot be
// read (listed with their reasons, the run goes on), plain progress lines when stderr is not a
// terminal, --json for machines, a ZIP archive, and a clear message (exit 2) for a missing path.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, SEEDS_DIR } from "./helpers/gold.js";
import { tempDir } from "./review-support.js";

const S000 = "000_855a3ef0bc8273b0.txt";
// The tests run in temporary folders: tsx is loaded by absolute path, not resolved from the cwd.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
const ENTRY = `import(${JSON.stringify(join(REPO_ROOT, "src/cli/main.ts"))}).then((m) => m.main(["node", "jiaohe", ...process.argv.slice(1)]))`;

function jiaohe(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, ["--import", TSX, "-e", ENTRY, "review", ...args], { cwd, encoding: "utf8", timeout: 120_000, env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function folder(): string {
  const dir = tempDir("review-cli");
  copyFileSync(join(SEEDS_DIR, S000), join(dir, S000));
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "scan.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  return dir;
}

describe("jiaohe review (CLI)", () => {
  it("reviews a folder, lists unreadable files with their reasons and writes every output", () => {
    const dir = folder();
    const out = join(tempDir("review-cli-out"), "out");
    const r = jiaohe([dir, "--out", out, "--jobs", "2"], dir);
    expect(r.code, r.stderr).toBe(1); // unreadable files and errors are for a person to look at
    expect(r.stdout).toContain("修武县人民政府办公室");
    expect(r.stdout).toContain("无法读取的文件（2）");
    expect(r.stdout).toMatch(/empty\.txt：.+/);
    expect(r.stdout).toMatch(/scan\.png：.+/);
    expect(r.stderr).toMatch(/^读取 3\/3 /m);
    expect(r.stderr).not.toMatch(/\bat .+\.ts:\d+/); // no stack trace
    for (const f of ["html/index.html", "review.xlsx", "findings.csv", "summary.csv", "review.json"]) expect(existsSync(join(out, f)), f).toBe(true);
  });

  it("--json prints the result for machines", () => {
    const dir = folder();
    const out = join(tempDir("review-cli-out"), "out");
    const r = jiaohe([dir, "--json", "--out", out, "--jobs", "1"], dir);
    const j = JSON.parse(r.stdout) as {
      reports: { name: string; issuer: string; year: number; findings: { id: string; family: string }[] }[];
      unreadable: { name: string; error: { code: string; zh: string } }[];
    };
    expect(j.reports.map((x) => [x.name, x.issuer, x.year])).toEqual([[S000, "修武县人民政府办公室", 2024]]);
    expect(j.reports[0]?.findings.some((f) => f.family === "label-deviation")).toBe(true);
    expect(j.unreadable.map((u) => u.name).sort()).toEqual(["empty.txt", "scan.png"]);
    expect(j.unreadable.find((u) => u.name === "empty.txt")?.error.code).toBe("empty");
    expect(JSON.parse(readFileSync(join(out, "review.json"), "utf8"))).toEqual(j);
  });

  it("reads a ZIP archive of reports", () => {
    const dir = tempDir("review-zip");
    const zip = join(dir, "报告.zip");
    writeFileSync(zip, zipSync({ [`2024/${S000}`]: new Uint8Array(readFileSync(join(SEEDS_DIR, S000))), "2024/.DS_Store": new Uint8Array([0]) }));
    const r = jiaohe([zip, "--json", "--no-cache", "--out", join(dir, "out")], dir);
    const j = JSON.parse(r.stdout) as { reports: { name: string }[]; unreadable: unknown[] };
    expect(j.reports.map((x) => x.name)).toEqual([`报告.zip/2024/${S000}`]);
    expect(j.unreadable).toEqual([]);
  });

  it("says clearly when a path does not exist (exit 2)", () => {
    const dir = tempDir("review-missing");
    const r = jiaohe([join(dir, "没有这个文件夹")], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("找不到文件或文件夹");
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
