// Plays the eval tasks against the configured endpoint (a real model when JIAOHE_MODEL etc. are
// set; otherwise the stand-in server with a scripted model policy) and measures what matters:
// every number in the output has provenance, tool calls are valid, explanations name the right
// cells, and the cost in tokens and round trips.
import { readFileSync } from "node:fs";
import { AgentConfigSchema, type AgentAnswer, type AgentConfig, createAgent, loadAgentConfig } from "../src/agent/index.js";
import { cellLabel } from "../src/model/cells.js";
import { seedCases } from "../test/helpers/gold.js";
import { startOpenAIStandin } from "../test/standins/openai-server.js";
import { createToolDeps, findTool, quantities } from "../tools/index.js";
import { CASES, type EvalCase } from "./cases.js";
import { standinModel } from "./standin-model.js";

export interface EvalRow {
  id: string;
  source: AgentAnswer["source"] | "error";
  numbers: number;
  withProvenance: number;
  toolCalls: number;
  validToolCalls: number;
  rightCells: boolean | null;
  tokens: number;
  rounds: number;
  guardAttempts: number;
  ms: number;
  note: string;
}

/** Every quantity in the text lies inside a filled slot; a fallback is deterministic by construction. */
export function provenance(a: AgentAnswer): { numbers: number; withProvenance: number } {
  const qs = quantities(a.text);
  if (a.source === "fallback") return { numbers: qs.length, withProvenance: qs.length };
  const inside = qs.filter((q) => a.spans.some((s) => q.start >= s.start && q.end <= s.end));
  return { numbers: qs.length, withProvenance: inside.length };
}

const stripNo = (s: string) => s.replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|^\d+\./, "").replace(/（.*$/, "");

export function namesCells(a: AgentAnswer, cells: string[]): boolean | null {
  if (!cells.length) return null;
  return cells.every((id) => {
    if (a.slots.some((s) => s.slot === id)) return true;
    const l = cellLabel(id);
    return !!l && a.text.includes(stripNo(l.rowLabel)) && a.text.includes(l.columnLabel);
  });
}

async function runCase(c: EvalCase, config: AgentConfig | null): Promise<EvalRow> {
  const gold = seedCases().find((s) => s.stem.startsWith(c.seed));
  if (!gold) throw new Error(`no seed ${c.seed}`);
  const deps = createToolDeps({ fileAccess: "none" });
  let text = readFileSync(gold.file, "utf8");
  if (c.inject) text = text.replace(/(一、总体情况[^\n]*\n)/, `$1\n${c.inject}\n`);
  const parsed = await findTool("parse_report")!.run({ text, path: null, base64: null, filename: gold.gold.source, previousReportId: null }, deps);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const reportId = (parsed.value as { reportId: string }).reportId;
  const ctx = { deps, reportId };
  const entry = deps.store.get(reportId)!;
  const question = (c.question ?? "").replace(/\{index:([a-z-]+)\}/, (_, fam: string) => String(entry.findings.findIndex((f) => f.family === fam) + 1));

  const standin = config ? null : await startOpenAIStandin({ respond: standinModel(c.standin ?? "good") });
  const cfg = config ?? AgentConfigSchema.parse({ baseURL: standin!.url, apiKey: "standin", model: "standin-model", maxRetries: 0 });
  const agent = createAgent(cfg);
  const t0 = Date.now();
  try {
    const a = c.kind === "ask" ? await agent.ask(ctx, question) : await agent.draft(ctx, c.section ?? "overview", { notes: c.notes ?? null });
    const p = provenance(a);
    return {
      id: c.id,
      source: a.source,
      ...p,
      toolCalls: a.toolCalls.length,
      validToolCalls: a.toolCalls.filter((t) => t.validArguments).length,
      rightCells: namesCells(a, c.expectCells),
      tokens: a.usage.totalTokens,
      rounds: a.rounds,
      guardAttempts: a.guard.attempts,
      ms: Date.now() - t0,
      note: a.fallbackReason ? `${a.fallbackReason} ${a.guard.violations.slice(0, 4).join(" ")}` : "",
    };
  } catch (e) {
    return { id: c.id, source: "error", numbers: 0, withProvenance: 0, toolCalls: 0, validToolCalls: 0, rightCells: false, tokens: 0, rounds: 0, guardAttempts: 0, ms: Date.now() - t0, note: String(e) };
  } finally {
    await standin?.close();
  }
}

export async function runEvals(options: { env?: Record<string, string | undefined>; cases?: EvalCase[] } = {}): Promise<{ rows: EvalRow[]; endpoint: string }> {
  const config = loadAgentConfig(options.env ?? process.env);
  const rows: EvalRow[] = [];
  for (const c of options.cases ?? CASES) rows.push(await runCase(c, config));
  return { rows, endpoint: config ? `${config.baseURL} (${config.model})` : "stand-in (scripted model, no network)" };
}

const pct = (a: number, b: number) => (b === 0 ? "—" : `${((a / b) * 100).toFixed(0)}%`);

export function formatTable(rows: EvalRow[], endpoint: string): string {
  const head = ["task", "source", "numbers w/ provenance", "valid tool calls", "right cells", "tokens", "round trips", "guard tries", "ms"];
  const body = rows.map((r) => [
    r.id,
    r.source,
    `${r.withProvenance}/${r.numbers} ${pct(r.withProvenance, r.numbers)}`,
    `${r.validToolCalls}/${r.toolCalls} ${pct(r.validToolCalls, r.toolCalls)}`,
    r.rightCells === null ? "—" : r.rightCells ? "yes" : "no",
    String(r.tokens),
    String(r.rounds),
    String(r.guardAttempts),
    String(r.ms),
  ]);
  const n = rows.reduce((s, r) => s + r.numbers, 0);
  const p = rows.reduce((s, r) => s + r.withProvenance, 0);
  const tc = rows.reduce((s, r) => s + r.toolCalls, 0);
  const vtc = rows.reduce((s, r) => s + r.validToolCalls, 0);
  const cells = rows.filter((r) => r.rightCells !== null);
  const total = [
    "TOTAL",
    `${rows.filter((r) => r.source === "model").length}/${rows.length} model`,
    `${p}/${n} ${pct(p, n)}`,
    `${vtc}/${tc} ${pct(vtc, tc)}`,
    `${cells.filter((r) => r.rightCells).length}/${cells.length}`,
    `${(rows.reduce((s, r) => s + r.tokens, 0) / rows.length).toFixed(0)}/task`,
    `${(rows.reduce((s, r) => s + r.rounds, 0) / rows.length).toFixed(1)}/task`,
    "",
    "",
  ];
  const all = [head, ...body, total];
  const w = head.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? "")].reduce((s, ch) => s + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0))));
  const line = (r: string[]) => `| ${r.map((c, i) => c + " ".repeat(Math.max(0, (w[i] ?? 0) - [...c].reduce((s, ch) => s + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)))).join(" | ")} |`;
  const notes = rows.filter((r) => r.note).map((r) => `  ${r.id}: ${r.note}`);
  return [`endpoint: ${endpoint}`, line(head), `|${w.map((x) => "-".repeat(x + 2)).join("|")}|`, ...body.map(line), line(total), ...(notes.length ? ["fallbacks:", ...notes] : [])].join("\n");
}
