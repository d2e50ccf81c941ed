// `jiaohe explain FILE FINDING_ID` end to end: a real child process per call; the finding ids come
// from `jiaohe check --json` of the same file, and the content is checked against the seed gold.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { REPO_ROOT, seedCases } from "./helpers/gold.js";

const ENTRY = join(REPO_ROOT, "test/helpers/cli-entry.ts");
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ["--import", "tsx", ENTRY, ...args], { cwd: REPO_ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const file = (p: string) => (seedCases().find((c) => c.stem.startsWith(p)) as { file: string }).file;

describe("jiaohe explain", () => {
  const f002 = file("002");
  const checked = JSON.parse(run("check", f002, "--json").stdout) as { findings: { id: string; cells: string[]; family: string }[] }[];
  const findings = checked[0]?.findings ?? [];
  const gold = findings.findIndex((f) => f.cells.includes("applications.granted.total") && f.family === "row-sum");

  it("explains a finding by its stable id: place, rule, arithmetic, cause and fix in plain Chinese", () => {
    expect(gold).toBeGreaterThanOrEqual(0);
    const r = run("explain", f002, findings[gold]?.id ?? "");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("位置：收到和处理政府信息公开申请情况表「（一）予以公开」行「总计」列");
    expect(r.stdout).toContain("计算：37 + 0 + 0 + 0 + 0 = 37");
    expect(r.stdout).toContain("相差 9");
    expect(r.stdout).toContain("可能的原因：【很可能】「其他」列");
    expect(r.stdout).not.toMatch(/applications\.|左值|右值/);
  });

  it("accepts the 1-based number; HTML with the tables marks the finding in place", () => {
    const r = run("explain", f002, String(gold + 1), "--format", "html", "--tables", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/<td class="v judged">46<sup class="b">[①-⑳]<\/sup><\/td>/);
    expect(r.stdout).toContain("Likely cause");
  });

  it("unknown finding, bad format: exit 2 with a clear message", () => {
    const unknown = run("explain", f002, "Q9-zzzzzz");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`本报告共 ${findings.length} 个问题`);
    const bad = run("explain", f002, "1", "--format", "pdf");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("未知格式");
    expect(unknown.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it("check --format md --explain: the marked tables, then every finding explained", () => {
    const r = run("check", f002, "--format", "md", "--explain");
    expect(r.code).toBe(1);
    const n = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"[gold] as string;
    expect(r.stdout).toContain(`**46** ${n}`);
    expect(r.stdout).toContain("37 + 0 + 0 + 0 + 0 = 37");
    expect(r.stdout.match(/^#### [①-⑳]/gm)?.length).toBe(findings.length);
  });
});
