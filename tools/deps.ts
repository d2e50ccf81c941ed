// What every tool run receives. A surface makes one ToolDeps and passes it to every call, so all
// calls of one conversation (or one MCP session) see the same reports and figures.
import type { ToolError, ToolResult } from "./define.js";
import { ReportStore, type StoredReport } from "./store.js";

export interface ToolDeps {
  store: ReportStore;
  /**
   * Whether parse_report may read a path on this machine: "any" for a local CLI or MCP server,
   * "none" for a bot or anything serving strangers, or a list of allowed root folders.
   */
  fileAccess: "any" | "none" | { roots: string[] };
  /** Largest tool output sent to a model, in characters (the agent truncates beyond it). */
  maxOutputChars?: number;
}

export function createToolDeps(options: Partial<ToolDeps> & Pick<ToolDeps, "fileAccess">): ToolDeps {
  return { store: options.store ?? new ReportStore(), fileAccess: options.fileAccess, maxOutputChars: options.maxOutputChars ?? 24_000 };
}

export function ok<T>(value: T): ToolResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: string, message: string, hint?: string): ToolResult<T> {
  const error: ToolError = hint ? { code, message, hint } : { code, message };
  return { ok: false, error };
}

/** Finds a stored report or says which ids exist. */
export function lookup(deps: ToolDeps, reportId: string): { entry: StoredReport } | { error: ToolResult<never> } {
  const entry = deps.store.get(reportId);
  if (entry) return { entry };
  const ids = deps.store.ids();
  return {
    error: fail(
      "unknown-report",
      `没有编号为「${reportId}」的年报。`,
      ids.length ? `可用编号：${ids.slice(-10).join("、")}。` : "请先用 parse_report 解析一份年报，再用返回的 reportId。",
    ),
  };
}
