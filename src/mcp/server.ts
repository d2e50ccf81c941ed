// createServer(deps): one McpServer with the shared tools, the format and rule resources and the
// prompts. Transports (stdio.ts, http.ts) only call this factory.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { z } from "zod";
import type { ToolDefinition } from "../../tools/define.js";
import { registerPrompts } from "./prompts.js";
import { type ReportCatalog, type RuleInfo, registerResources } from "./resources.js";
import { promptText } from "./text.js";
import { type FilePolicy, registerTools } from "./tools.js";

export interface McpDeps<D> {
  tools: readonly ToolDefinition<z.ZodType, z.ZodType, D>[];
  /** Passed to every tool's run (report store, limits, …). */
  toolDeps: D;
  /** The reports the tools have loaded, for jiaohe://reports/{id}/tables. */
  reports: ReportCatalog;
  rules: readonly RuleInfo[];
  files: FilePolicy;
  version: string;
  /** Diagnostics; stderr by default (stdout is the stdio protocol channel). */
  log?: (line: string) => void;
}

export function createServer<D>(deps: McpDeps<D>): McpServer {
  const server = new McpServer(
    { name: "jiaohe", title: "校核 jiaohe", version: deps.version },
    { instructions: promptText("mcp-instructions") },
  );
  registerTools(server, deps.tools, deps.toolDeps, { files: deps.files, ...(deps.log ? { log: deps.log } : {}) });
  registerResources(server, deps.reports, deps.rules);
  registerPrompts(server, deps.tools.map((t) => `- ${t.name}：${t.title}`).join("\n"));
  return server;
}
