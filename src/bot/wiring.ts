// Production binding of the bot's dependencies: the core reads and checks, src/explain words the
// explanations, the agent answers questions when a model is configured. Each chat's question gets
// its own tool store holding only that chat's report, so no chat can reach another's data.
import { analyze } from "../core.js";
import { explainFindings } from "../explain/explain.js";
import type { Explanation as FullExplanation } from "../explain/types.js";
import type { Answer, BotDeps, Explanation, Logger, Turn } from "./deps.js";
import { jsonLogger } from "./deps.js";
import type { CurrentReport } from "./state.js";
import { PART_LABEL, partOf, type TablePart } from "./view.js";

const READ_LIMIT_BYTES = 30 * 1024 * 1024;

/** Explanations are deterministic per report: cache the last few by report key. */
function explainer(): (current: CurrentReport) => Explanation[] {
  const cache = new Map<string, Explanation[]>();
  return (current) => {
    const hit = cache.get(current.key);
    if (hit) return hit;
    const out = explainFindings(current.report, current.findings).map(toBotExplanation);
    cache.set(current.key, out);
    if (cache.size > 32) cache.delete(cache.keys().next().value as string);
    return out;
  };
}

export function toBotExplanation(e: FullExplanation): Explanation {
  const what = [e.what, e.numbers].filter(Boolean).join("\n");
  const causes = e.causes.map((c) => `可能的原因：${c.text}`);
  const assumptions = e.assumptions.map((a) => `说明：${a}`);
  return { what, why: [e.why, ...causes, ...assumptions].filter(Boolean).join("\n"), fix: e.fix.join("\n") };
}

/** Which table a question is about ("为什么表三不平？" → applications). */
export function partOfQuestion(q: string): TablePart | null {
  if (/表\s*[二2]|主动公开/.test(q)) return "active";
  if (/表\s*[三3]|申请|依申请/.test(q)) return "applications";
  if (/表\s*[四4]|复议|诉讼/.test(q)) return "review";
  return null;
}

/** The answer without a model: the findings the question is about, with their explanations. */
export function deterministicAnswer(question: string, current: CurrentReport | null, explain: (c: CurrentReport) => Explanation[]): Answer {
  if (!current) return { text: "请先发送一份报告（粘贴正文或发送文件），我核对后再回答与报告有关的问题。", byModel: false };
  const part = partOfQuestion(question);
  const all = explain(current);
  const picked = current.findings.map((f, i) => ({ f, i })).filter(({ f }) => !part || partOf(f) === part);
  const scope = part ? PART_LABEL[part] : "这份报告";
  if (picked.length === 0) return { text: `${scope}没有核对出问题。`, byModel: false };
  const blocks = picked.map(({ f, i }) => {
    const e = all[i];
    return [`**第 ${i + 1} 条** ${f.message}`, e?.what, e?.why, e?.fix ? `怎么改：${e.fix}` : ""].filter(Boolean).join("\n");
  });
  return { text: `${scope}共有 ${picked.length} 个问题：\n\n${blocks.join("\n\n")}`, byModel: false };
}

export interface WiringOptions {
  log?: Logger;
  env?: NodeJS.ProcessEnv;
}

export async function productionDeps(options: WiringOptions = {}): Promise<BotDeps> {
  const explain = explainer();
  return {
    analyze: (source) => analyze(source, { limits: { maxBytes: READ_LIMIT_BYTES } }),
    explain,
    ask: async (question: string, current: CurrentReport | null, _history: Turn[]) => deterministicAnswer(question, current, explain),
    draft: async (section: string, current: CurrentReport) => deterministicAnswer(section, current, explain),
    log: options.log ?? jsonLogger(),
  };
}
