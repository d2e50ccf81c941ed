// The agent's public types: what a surface (CLI, bot, MCP) passes in and gets back.
import type { ToolDeps } from "../../tools/index.js";

/** One report in one conversation: the tools' shared state and the report's id in it. */
export interface ReportContext {
  deps: ToolDeps;
  reportId: string;
}

/** A prior turn of the same conversation (plain text as shown to the person). */
export interface ChatTurn {
  role: "user" | "assistant";
  content: string;
}

/** Progress while the agent works; text arrives already filled and checked. */
export type AgentEvent =
  | { type: "text"; text: string }
  | { type: "tool"; name: string; ok: boolean }
  /** The text streamed so far is withdrawn (a rejected draft); the final answer replaces it. */
  | { type: "reset"; reason: string };

export interface AskOptions {
  onDelta?: (event: AgentEvent) => void;
  history?: readonly ChatTurn[];
  signal?: AbortSignal;
}

export interface DraftOptions extends AskOptions {
  /** The clerk's notes for the section (free text; its numbers become slots). */
  notes?: string | null;
}

export interface SlotUse {
  slot: string;
  formatted: string;
  provenance: string;
}

export interface ToolCallRecord {
  name: string;
  ok: boolean;
  /** Error code when the call failed (bad-arguments, unknown-report, …). */
  error: string | null;
  /** Whether the arguments passed the tool's zod schema. */
  validArguments: boolean;
}

export interface AgentUsage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}

export interface AgentAnswer {
  /** The final text: every number in it is a filled slot or an allowed non-quantity. */
  text: string;
  /** model: written by the model and passed the guard; fallback: the deterministic text. */
  source: "model" | "fallback";
  /** Why the fallback was used (Chinese), null when the model's text was used. */
  fallbackReason: string | null;
  /** The model's text with its slots unfilled, when it produced one that passed. */
  template: string | null;
  slots: SlotUse[];
  /** Where each filled slot's value sits in `text`: the provenance of every number in it. */
  spans: { start: number; end: number; slot: string }[];
  toolCalls: ToolCallRecord[];
  /** Model round trips (requests that returned an answer). */
  rounds: number;
  usage: AgentUsage;
  /** Guard attempts made and the violations seen (raw numbers, unknown slots). */
  guard: { attempts: number; violations: string[] };
}

export type DraftSection = "overview" | "problems";

export interface Agent {
  ask(ctx: ReportContext, question: string, options?: AskOptions): Promise<AgentAnswer>;
  draft(ctx: ReportContext, section: DraftSection, options?: DraftOptions): Promise<AgentAnswer>;
}
