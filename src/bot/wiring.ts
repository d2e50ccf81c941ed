// Production binding of the bot's dependencies: the core reads and checks, src/explain words the
// explanations, the agent answers questions when a model is configured. Each chat's question gets
// its own tool store holding only that chat's report, so no chat can reach another's data.
import { type Agent, type AgentAnswer, type AskOptions, type DraftSection, type ReportContext, NO_MODEL_NOTICE, createAgent, draftWithoutModel, loadAgentConfig } from "../agent/index.js";
import { createToolDeps } from "../../tools/index.js";
import { analyze } from "../core.js";
import { explainFindings } from "../explain/explain.js";
import type { Explanation as FullExplanation } from "../explain/types.js";
import type { Family } from "../model/finding.js";
import type { Answer, BotDeps, Explanation, Logger, Progress, Turn } from "./deps.js";
import { AnalyzePool } from "./analyze-pool.js";
import type { BotConfig } from "./config.js";
import { jsonLogger } from "./deps.js";
import { M } from "./messages.js";
import type { CurrentReport } from "./state.js";
import { PART_LABEL, partOf, type TablePart } from "./view.js";

const READ_LIMIT_BYTES = 30 * 1024 * 1024;

/** Explanations are deterministic per report: cache the last few by report key. */
function explainer(): (current: CurrentReport) => Explanation[] {
  const cache = new Map<string, Explanation[]>();
  return (current) => {
    const hit = cache.get(current.key);
    if (hit) return hit;
    const out = explainFindings(current.report, current.findings).map((e, i) => toBotExplanation(e, current.findings[i]?.message ?? ""));
    cache.set(current.key, out);
    if (cache.size > 32) cache.delete(cache.keys().next().value as string);
    return out;
  };
}

/** The bot shows the finding's message as the headline: `what` only adds what the message lacks. */
export function toBotExplanation(e: FullExplanation, message: string): Explanation {
  const what = [e.what.trim() === message.trim() ? "" : e.what, e.numbers].filter(Boolean).join("\n");
  const causes = e.causes.map((c) => `可能的原因：${c.text}`);
  const assumptions = e.assumptions.map((a) => `说明：${a}`);
  return { what, why: [e.why, ...causes, ...assumptions].filter(Boolean).join("\n"), fix: e.fix.join("\n") };
}

const ARITHMETIC = new Set<Family>(["row-sum", "column-sum", "balance", "review-sum", "missing-column", "narrative-sum", "narrative-mismatch"]);

/** Which table a question is about ("为什么表三不平？" → applications). */
export function partOfQuestion(q: string): TablePart | null {
  if (/表\s*[二2]|主动公开/.test(q)) return "active";
  if (/表\s*[三3]|申请|依申请/.test(q)) return "applications";
  if (/表\s*[四4]|复议|诉讼/.test(q)) return "review";
  return null;
}

/** The answer without a model: the findings the question is about, with their explanations. */
export function deterministicAnswer(question: string, current: CurrentReport | null, explain: (c: CurrentReport) => Explanation[]): Answer {
  if (!current) return { text: M.noReport, byModel: false };
  const part = partOfQuestion(question);
  const all = explain(current);
  const named = new Set([...question.matchAll(/第\s*(\d{1,3})\s*[条个项]/g)].map((m) => Number(m[1]) - 1));
  let picked = current.findings
    .map((f, i) => ({ f, i }))
    .filter(({ f, i }) => (named.size ? named.has(i) : !part || partOf(f) === part));
  // "不平 / 对不上" asks about the arithmetic: answer with those findings when there are any.
  if (!named.size && /不平|对不上|不一致|不符|算|合计|总计/.test(question)) {
    const arithmetic = picked.filter(({ f }) => ARITHMETIC.has(f.family));
    if (arithmetic.length) picked = arithmetic;
  }
  const scope = part ? PART_LABEL[part] : "这份报告";
  if (picked.length === 0) return { text: `${scope}没有核对出问题。`, byModel: false };
  const blocks = picked.map(({ f, i }) => {
    const e = all[i];
    return [`**第 ${i + 1} 条** ${f.message}`, e?.what, e?.why, e?.fix ? `**怎么改：**${e.fix}` : ""].filter(Boolean).join("\n");
  });
  return { text: `${scope}共有 ${picked.length} 个问题：\n\n${blocks.join("\n\n")}`, byModel: false };
}

/** Which section a drafting request names, or null. */
export function sectionOf(text: string): DraftSection | null {
  if (/总体情况|概况|一、/.test(text)) return "overview";
  if (/问题|改进|整改|五、/.test(text)) return "problems";
  return null;
}

/** A free question that is really a drafting request ("帮我写总体情况"). */
export function draftRequest(question: string): DraftSection | null {
  return /写|起草|拟|草稿/.test(question) ? sectionOf(question) : null;
}

/** The chat's report alone in a fresh tool store: the model cannot reach any other chat's data. */
function contextFor(current: CurrentReport): ReportContext {
  const deps = createToolDeps({ fileAccess: "none" });
  const entry = deps.store.add(current.report, current.findings);
  return { deps, reportId: entry.id };
}

/** Agent events → the text streamed so far (null when the agent withdraws it). */
function streaming(onProgress: Progress | undefined): AskOptions["onDelta"] | undefined {
  if (!onProgress) return undefined;
  let text = "";
  return (e) => {
    if (e.type === "text") onProgress((text += e.text));
    else if (e.type === "reset") {
      text = "";
      onProgress(null);
    }
  };
}

function fromAgent(a: AgentAnswer): Answer {
  return { text: a.text, byModel: a.source === "model", notice: a.fallbackReason };
}

export interface WiringOptions {
  /** Worker threads and time limit for analysis (defaults: main thread, no limit). */
  analysis?: Pick<BotConfig, "analyzeWorkers" | "analyzeTimeoutMs">;
  log?: Logger;
  env?: NodeJS.ProcessEnv;
  /** A ready agent (tests); otherwise built from the model variables of `env`, or none. */
  agent?: Agent | null;
}

/** Throws InputError when the model variables are set but wrong. */
export async function productionDeps(options: WiringOptions = {}): Promise<BotDeps> {
  const explain = explainer();
  const env = options.env ?? process.env;
  const agentConfig = options.agent === undefined ? loadAgentConfig(env) : null;
  const agent = options.agent ?? (agentConfig ? createAgent(agentConfig) : null);
  const draft = async (section: DraftSection, current: CurrentReport, history: Turn[], onProgress?: Progress): Promise<Answer> => {
    const ctx = contextFor(current);
    if (!agent) return fromAgent(draftWithoutModel(ctx, section));
    const onDelta = streaming(onProgress);
    return fromAgent(await agent.draft(ctx, section, { history, ...(onDelta ? { onDelta } : {}) }));
  };
  const workers = options.analysis?.analyzeWorkers ?? 0;
  const pool = workers > 0 ? new AnalyzePool(workers, options.analysis?.analyzeTimeoutMs ?? 90_000, READ_LIMIT_BYTES) : null;
  return {
    analyze: (source) => (pool ? pool.analyze(source) : analyze(source, { limits: { maxBytes: READ_LIMIT_BYTES } })),
    close: async () => pool?.close(),
    explain,
    async ask(question, current, history, onProgress) {
      if (!current) return { text: M.noReport, byModel: false, notice: null };
      const section = draftRequest(question);
      if (section) return draft(section, current, history, onProgress);
      const onDelta = streaming(onProgress);
      if (agent) return fromAgent(await agent.ask(contextFor(current), question, { history, ...(onDelta ? { onDelta } : {}) }));
      // Without a model: the findings the question is about, explained.
      return { ...deterministicAnswer(question, current, explain), notice: NO_MODEL_NOTICE };
    },
    async draft(sectionText, current, onProgress) {
      const section = sectionOf(sectionText);
      if (!section) return { text: M.draftUsage, byModel: false, notice: null };
      return draft(section, current, [], onProgress);
    },
    log: options.log ?? jsonLogger(),
  };
}
