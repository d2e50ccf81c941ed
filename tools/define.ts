import type { z } from "zod";

/**
 * One definition per tool, used unchanged by the agent (src/agent) and the MCP server (src/mcp).
 * A tool is data plus a `run` that returns a result value: expected failures (unknown id,
 * unreadable file) are `{ ok: false }` values with a recovery hint; only bugs throw.
 */
export interface ToolError {
  code: string;
  /** Chinese message saying what is wrong and where. */
  message: string;
  /** What the caller (a person or a model) should do next. */
  hint?: string;
}

export type ToolResult<T> = { ok: true; value: T } | { ok: false; error: ToolError };

export interface ToolAnnotations {
  readOnlyHint: boolean;
  destructiveHint: boolean;
  idempotentHint: boolean;
  openWorldHint: boolean;
}

export interface ToolDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType, D = unknown> {
  /** snake_case, no dots, ≤ 32 characters: identical on MCP and in the agent. */
  name: string;
  title: string;
  description: { zh: string; en: string };
  input: I;
  output: O;
  annotations: ToolAnnotations;
  run(input: z.infer<I>, deps: D): Promise<ToolResult<z.infer<O>>>;
}

export function defineTool<I extends z.ZodType, O extends z.ZodType, D>(def: ToolDefinition<I, O, D>): ToolDefinition<I, O, D> {
  return def;
}

export const READ_ONLY: ToolAnnotations = {
  readOnlyHint: true,
  destructiveHint: false,
  idempotentHint: true,
  openWorldHint: false,
};
