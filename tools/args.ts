// Models (and MCP clients) often omit optional fields instead of sending null. Every optional
// field of our schemas is `.nullable()` (so the same schema works with strict tools); this fills
// the omitted ones with null before validation, and nothing else.
import { z } from "zod";
import type { ToolDefinition } from "./define.js";

export function normalizeArgs(tool: Pick<ToolDefinition, "input">, args: unknown): unknown {
  if (!args || typeof args !== "object" || Array.isArray(args)) return args;
  if (!(tool.input instanceof z.ZodObject)) return args;
  const out: Record<string, unknown> = { ...(args as Record<string, unknown>) };
  for (const [key, field] of Object.entries(tool.input.shape as Record<string, z.ZodType>))
    if (out[key] === undefined && field.safeParse(null).success) out[key] = null;
  return out;
}
