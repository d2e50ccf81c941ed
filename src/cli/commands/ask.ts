import { readFileSync } from "node:fs";
import type { Command } from "commander";
import {
  type Agent,
  type AgentAnswer,
  type AgentEvent,
  type DraftSection,
  NO_MODEL_NOTICE,
  type ReportContext,
  answerWithoutModel,
  createAgent,
  draftSkeleton,
  draftWithoutModel,
  loadAgentConfig,
  reportFromData,
  TOOL_ROUND,
} from "../../agent/index.js";
import { checkReport } from "../../core.js";
import { isInputError } from "../../model/errors.js";
import { createToolDeps, findTool } from "../../../tools/index.js";

// `jiaohe ask FILE "question"` and `jiaohe draft FILE --section overview|problems|skeleton`.
// With a model configured (JIAOHE_MODEL, OPENAI_BASE_URL, OPENAI_API_KEY or JIAOHE_CONFIG) the
// agent answers, every number filled from the report; without one, the deterministic text.

interface Common {
  previous?: string;
  json?: boolean;
}

function fail(cmd: string, zh: string): void {
  process.stderr.write(`jiaohe ${cmd}：${zh}\n`);
  process.exitCode = 2;
}

/** A .json file is structured data ({issuer, year, cells}); its arithmetic is checked on the way. */
function loadData(cmd: string, file: string): ReportContext | null {
  const deps = createToolDeps({ fileAccess: "any" });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return (fail(cmd, `无法读取 JSON 数据文件：${file}`), null);
  }
  try {
    const report = reportFromData(json, file);
    const findings = checkReport(report).filter((f) => ARITHMETIC.has(f.family));
    for (const f of findings) process.stderr.write(`核对提示：${f.message}\n`);
    return { deps, reportId: deps.store.add(report, findings).id };
  } catch (e) {
    if (isInputError(e)) return (fail(cmd, e.zh), null);
    throw e;
  }
}

const ARITHMETIC = new Set(["row-sum", "column-sum", "balance", "review-sum", "implausible-value"]);

async function load(cmd: string, file: string, previous?: string): Promise<ReportContext | null> {
  if (/\.json$/i.test(file)) return loadData(cmd, file);
  const deps = createToolDeps({ fileAccess: "any" });
  const parse = findTool("parse_report");
  if (!parse) throw new Error("parse_report missing");
  let previousReportId: string | null = null;
  if (previous) {
    const p = await parse.run({ text: null, path: previous, base64: null, filename: null, previousReportId: null }, deps);
    if (!p.ok) return (fail(cmd, p.error.message), null);
    previousReportId = (p.value as { reportId: string }).reportId;
  }
  const r = await parse.run({ text: null, path: file, base64: null, filename: null, previousReportId }, deps);
  if (!r.ok) return (fail(cmd, r.error.message), null);
  return { deps, reportId: (r.value as { reportId: string }).reportId };
}

function agentOrNull(cmd: string): Agent | null | undefined {
  try {
    const config = loadAgentConfig(process.env);
    return config ? createAgent(config) : null;
  } catch (e) {
    if (isInputError(e)) {
      fail(cmd, e.zh);
      return undefined;
    }
    throw e;
  }
}

/** Streams to a terminal; a withdrawn draft is marked as such. Pipes get the final text only. */
function streamer(): { onDelta?: (e: AgentEvent) => void; streamed: () => boolean } {
  if (!process.stdout.isTTY) return { streamed: () => false };
  let any = false;
  return {
    onDelta: (e) => {
      if (e.type === "text") {
        process.stdout.write(e.text);
        any = true;
      } else if (e.type === "reset") process.stdout.write(e.reason === TOOL_ROUND ? "\n" : `\n（以上内容作废：${e.reason}）\n`);
      else process.stderr.write(`· ${e.name}${e.ok ? "" : "（失败）"}\n`);
    },
    streamed: () => any,
  };
}

function print(a: AgentAnswer, o: Common, streamed: boolean): void {
  if (o.json) {
    process.stdout.write(`${JSON.stringify(a, null, 2)}\n`);
    return;
  }
  if (a.fallbackReason) process.stderr.write(`${a.fallbackReason}\n`);
  process.stdout.write(streamed ? "\n" : `${a.text}\n`);
}

export function register(program: Command): void {
  program
    .command("ask")
    .description("就一份年报提问（如“为什么这张表不平？”）；未配置模型时输出确定性解释 / ask about one report")
    .argument("<file>", "年报文件 / the report file")
    .argument("<question>", "问题 / the question")
    .option("--previous <file>", "同一机关上一年的年报 / the same issuer's previous report")
    .option("--json", "输出 JSON（含槽位来源、工具调用、用量）/ print the whole answer as JSON")
    .action(async (file: string, question: string, o: Common) => {
      const ctx = await load("ask", file, o.previous);
      if (!ctx) return;
      const agent = agentOrNull("ask");
      if (agent === undefined) return;
      if (!agent) return print(answerWithoutModel(ctx, question, NO_MODEL_NOTICE), o, false);
      const s = o.json ? { streamed: () => false } : streamer();
      const a = await agent.ask(ctx, question, s.onDelta ? { onDelta: s.onDelta } : {});
      print(a, o, s.streamed() && a.source === "model");
    });

  program
    .command("draft")
    .description("起草“一、总体情况”或“五、存在的主要问题及改进情况”，或整份报告框架 / draft a section or the whole skeleton")
    .argument("<file>", "年报文件，或结构化数据 JSON（{issuer, year, cells}）/ the report file, or a JSON of cell values")
    .requiredOption("--section <section>", "overview | problems | skeleton")
    .option("--notes <file>", "经办人情况说明（文本文件）/ the clerk's notes, a text file")
    .option("--previous <file>", "同一机关上一年的年报 / the same issuer's previous report")
    .option("--json", "输出 JSON / print the whole answer as JSON")
    .action(async (file: string, o: Common & { section: string; notes?: string }) => {
      if (!["overview", "problems", "skeleton"].includes(o.section)) return fail("draft", `未知部分：${o.section}（可用 overview、problems、skeleton）`);
      let notes: string | null = null;
      if (o.notes) {
        try {
          notes = readFileSync(o.notes, "utf8");
        } catch {
          return fail("draft", `无法读取情况说明文件：${o.notes}`);
        }
      }
      const ctx = await load("draft", file, o.previous);
      if (!ctx) return;
      if (o.section === "skeleton") {
        process.stdout.write(`${draftSkeleton(ctx, { overview: notes })}\n`);
        return;
      }
      const section = o.section as DraftSection;
      const agent = agentOrNull("draft");
      if (agent === undefined) return;
      if (!agent) return print(draftWithoutModel(ctx, section, notes, NO_MODEL_NOTICE), o, false);
      const s = o.json ? { streamed: () => false } : streamer();
      const a = await agent.draft(ctx, section, { notes, ...(s.onDelta ? { onDelta: s.onDelta } : {}) });
      print(a, o, s.streamed() && a.source === "model");
    });
}
