// `jiaohe ask` and `jiaohe draft` as child processes: without a model (deterministic text), and
// pointed at the chat-completions stand-in through the environment, exactly as a user would.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SECTION_HEADINGS } from "../src/model/report.js";
import { REPO_ROOT, seedCases } from "./helpers/gold.js";
import { type Standin, startOpenAIStandin } from "./standins/openai-server.js";

const ENTRY = join(REPO_ROOT, "test/helpers/cli-entry.ts");
const LUSHI = seedCases().find((c) => c.stem.startsWith("002_"))!;
const G = (id: string) => LUSHI.gold.cells[id];
const tmp = mkdtempSync(join(tmpdir(), "jiaohe-agent-cli-"));

function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ["OPENAI_BASE_URL", "OPENAI_API_KEY", "JIAOHE_MODEL", "JIAOHE_CONFIG", "JIAOHE_PROVIDER"]) delete env[k];
  return { ...env, ...extra };
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ["--import", "tsx", ENTRY, ...args], { cwd: REPO_ROOT, env });
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (d) => (stdout += String(d)));
    p.stderr.on("data", (d) => (stderr += String(d)));
    const timer = setTimeout(() => p.kill(), 60_000);
    p.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

let standin: Standin | undefined;
afterEach(async () => {
  await standin?.close();
  standin = undefined;
});

describe("jiaohe ask / draft", () => {
  it("without a model: says so and prints the deterministic explanation of the finding asked about", async () => {
    // The finding's number comes from the checker's order; find it the way a user would (check).
    const { analyze } = await import("../src/core.js");
    const { findings } = await analyze({ path: LUSHI.file });
    const n = findings.findIndex((f) => f.family === "row-sum" && f.cells.includes("applications.granted.total")) + 1;
    expect(n).toBeGreaterThan(0);
    const r = await run(["ask", LUSHI.file, `第${n}条怎么改？`], cleanEnv());
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("未配置大模型");
    expect(r.stdout).toContain("「（一）予以公开」行「总计」列");
    expect(r.stdout).toContain(`为 ${G("applications.granted.total")}`);
  });

  it("with a model: the stand-in answers through the environment; numbers filled from the report", async () => {
    standin = await startOpenAIStandin({
      apiKey: "sk-cli",
      respond: (body, i) =>
        i === 0
          ? { toolCalls: [{ name: "get_cells", arguments: { reportId: String(body.messages?.[0]?.content).match(/rpt_[0-9a-f]+/)?.[0] ?? "", cells: ["applications.new"] } }] }
          : { content: "本年新收政府信息公开申请{{applications.new.total}}，其中自然人{{applications.new.natural}}。" },
    });
    const env = cleanEnv({ OPENAI_BASE_URL: standin.url, OPENAI_API_KEY: "sk-cli", JIAOHE_MODEL: "standin-model" });
    const r = await run(["ask", LUSHI.file, "今年收到多少申请？", "--json"], env);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as { source: string; text: string; toolCalls: { ok: boolean }[] };
    expect(a.source).toBe("model");
    expect(a.text).toBe(`本年新收政府信息公开申请${G("applications.new.total")}件，其中自然人${G("applications.new.natural")}件。`);
    expect(a.toolCalls).toEqual([{ name: "get_cells", ok: true, error: null, validArguments: true }]);
  });

  it("draft overview with notes through the stand-in; a model that writes raw numbers gets the deterministic draft", async () => {
    const notes = join(tmp, "notes.txt");
    writeFileSync(notes, "全年开展政务公开培训2次。\n");
    standin = await startOpenAIStandin({ script: [{ content: "全年受理申请99件。" }, { content: "全年受理申请九十九件。" }] });
    const env = cleanEnv({ OPENAI_BASE_URL: standin.url, JIAOHE_MODEL: "standin-model" });
    const r = await run(["draft", LUSHI.file, "--section", "overview", "--notes", notes], env);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("不是由工具取得的数字");
    expect(r.stdout.startsWith(SECTION_HEADINGS.overview)).toBe(true);
    expect(r.stdout).toContain(`本年新收政府信息公开申请${G("applications.new.total")}件`);
    expect(r.stdout).toContain("全年开展政务公开培训2次");
    // The notes reached the model with their number as a slot.
    expect(JSON.stringify(standin.requests()[0]?.messages)).toContain("培训{{note.1}}次");
  });

  it("draft skeleton: six headings and the three tables with the report's values", async () => {
    const r = await run(["draft", LUSHI.file, "--section", "skeleton"], cleanEnv());
    expect(r.code).toBe(0);
    let at = -1;
    for (const h of Object.values(SECTION_HEADINGS)) {
      const i = r.stdout.indexOf(h);
      expect(i, h).toBeGreaterThan(at);
      at = i;
    }
    expect(r.stdout).toMatch(new RegExp(`（一）予以公开 \\| ${G("applications.granted.natural")} \\|.*\\| ${G("applications.granted.total")} \\|`));
    expect(r.stdout).toMatch(new RegExp(`\\| 行政许可 \\| ${G("active.licensing.decisions")} \\|`));
  });

  it("a broken model configuration is bad input: exit 2 with a Chinese message", async () => {
    const cfg = join(tmp, "bad.json");
    writeFileSync(cfg, "{ not json");
    const r = await run(["ask", LUSHI.file, "为什么不平？"], cleanEnv({ JIAOHE_CONFIG: cfg }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("模型配置文件不是合法的 JSON 对象");
    const r2 = await run(["draft", LUSHI.file, "--section", "middle"], cleanEnv());
    expect(r2.code).toBe(2);
  });

  it("drafts a skeleton from structured data (a JSON of cells), checking its arithmetic on the way", async () => {
    const wen = seedCases().find((c) => c.stem.startsWith("001_"))!;
    const cells = { ...wen.gold.cells, "applications.granted.natural": (wen.gold.cells["applications.granted.natural"] ?? 0) + 1 };
    const data = join(tmp, "data.json");
    writeFileSync(data, JSON.stringify({ issuer: wen.gold.issuer, year: wen.gold.year, cells }));
    const r = await run(["draft", data, "--section", "skeleton"], cleanEnv());
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(`${wen.gold.issuer}${wen.gold.year}年政府信息公开工作年度报告`)).toBe(true);
    expect(r.stdout).toContain(`本年新收政府信息公开申请${wen.gold.cells["applications.new.total"]}件`);
    expect(r.stderr).toContain("核对提示");
    expect(r.stderr).toContain("（一）予以公开");
    writeFileSync(data, JSON.stringify({ issuer: "某县", year: 2024, cells: { "applications.new.everything": 3 } }));
    const bad = await run(["draft", data, "--section", "overview"], cleanEnv());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("未知的单元格编号：applications.new.everything");
  });
});
