// What the bot needs from the rest of jiaohe, as one injectable interface: the production wiring
// (./wiring.ts) binds it to the core, the explainer and the agent; tests may bind stand-ins.
import type { Finding } from "../model/finding.js";
import type { Report } from "../model/report.js";
import type { CurrentReport } from "./state.js";

/** A finding explained in plain Chinese (plain text, not HTML). */
export interface Explanation {
  /** What is wrong, with the figures. */
  what: string;
  /** Why it matters / how the rule works. */
  why: string;
  /** What to change, and where. */
  fix: string;
}

export interface Turn {
  role: "user" | "assistant";
  content: string;
}

/** An answer in plain text or light Markdown (**bold**, `code`, lists); the bot turns it into HTML. */
export interface Answer {
  text: string;
  /** True when a model wrote it; false for the deterministic answer. */
  byModel: boolean;
  /** Shown above the answer in italics: why there is no model answer (no model, model failed…). */
  notice?: string | null;
}

export type Progress = (textSoFar: string | null) => void;

export type ReportSource = { bytes: Uint8Array; name: string } | { text: string; name: string };

export interface Logger {
  /** One event per line; fields are ids, kinds, counts and durations — never report content. */
  info(event: string, fields?: Record<string, string | number | boolean | null>): void;
  error(event: string, fields?: Record<string, string | number | boolean | null>): void;
}

export interface BotDeps {
  analyze(source: ReportSource): Promise<{ report: Report; findings: Finding[] }>;
  /** Explanations of every finding of the report, in the order of `current.findings`. */
  explain(current: CurrentReport): Explanation[];
  /**
   * A free question about the chat's report. `onProgress` receives the checked text written so
   * far while a model streams (null: what was shown is withdrawn), for a live preview.
   */
  ask(question: string, current: CurrentReport | null, history: Turn[], onProgress?: Progress): Promise<Answer>;
  /** Drafts a section of the report's prose (e.g. 总体情况) from its figures. */
  draft(section: string, current: CurrentReport, onProgress?: Progress): Promise<Answer>;
  log: Logger;
  now?: () => number;
  /** Releases what the deps hold (worker threads); called when the bot stops. */
  close?: () => Promise<void>;
}

export const jsonLogger = (write: (line: string) => void = (l) => process.stderr.write(l)): Logger => ({
  info: (event, fields = {}) => write(`${JSON.stringify({ t: new Date().toISOString(), level: "info", event, ...fields })}\n`),
  error: (event, fields = {}) => write(`${JSON.stringify({ t: new Date().toISOString(), level: "error", event, ...fields })}\n`),
});

export const silentLogger: Logger = { info: () => {}, error: () => {} };
