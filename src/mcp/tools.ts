// Adapter: each shared ToolDefinition (tools/) becomes one MCP tool. No tool logic here — only the
// mapping of schemas, annotations and results, the file-path policy of the transport, and the
// guarantee that nothing a caller sends can crash the server.
import { realpath } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { isInputError } from "../model/errors.js";
import type { ToolDefinition, ToolError } from "../../tools/define.js";

/**
 * Whether tools may read files by server-side path. Over stdio the client runs on the same machine
 * as the user, so paths are fine; over HTTP a path would let any caller read the server's disk, so
 * it is refused unless a root directory is given, and then confined to it.
 */
export type FilePolicy = { mode: "local" } | { mode: "refuse" } | { mode: "roots"; roots: string[] };

/** Longest text copy of a result in `content`; the full value is always in structuredContent. */
const MAX_TEXT = 20_000;

export interface AdapterOptions {
  files: FilePolicy;
  log?: (line: string) => void;
}

// Tools of any schema are served alike: the SDK checks arguments against the served schema, then the tool's own schema parses them again.
type AnyTool<D> = ToolDefinition<z.ZodType, z.ZodType, D>;

export function registerTools<D>(server: McpServer, tools: readonly AnyTool<D>[], deps: D, options: AdapterOptions): void {
  const log = options.log ?? ((line: string) => process.stderr.write(line + "\n"));
  for (const tool of tools) {
    const objectOutput = tool.output instanceof z.ZodObject;
    const input = servedInput(tool.input);
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: `${tool.description.zh}\n\n${tool.description.en}`,
        inputSchema: input.schema,
        // MCP structured content must be an object; other outputs travel wrapped as { result }.
        ...(objectOutput ? { outputSchema: tool.output } : {}),
        annotations: { title: tool.title, ...tool.annotations },
      },
      async (args: unknown): Promise<CallToolResult> => {
        try {
          const parsed = tool.input.safeParse(fillNulls(args, input.nullable));
          if (!parsed.success)
            return errorResult({ code: "bad-arguments", message: `参数不符合要求：${z.prettifyError(parsed.error)}`, hint: "请按工具的输入说明重新传参。" });
          const allowed = await applyFilePolicy(parsed.data, options.files);
          if (!allowed.ok) return errorResult(allowed.error);
          const result = await tool.run(allowed.args, deps);
          if (!result.ok) return errorResult(result.error);
          const structured = objectOutput ? (result.value as Record<string, unknown>) : { result: result.value };
          return { content: [{ type: "text", text: renderText(structured) }], structuredContent: structured };
        } catch (e) {
          if (isInputError(e)) return errorResult({ code: `input-${e.code}`, message: e.zh }, e.en);
          log(`jiaohe mcp: tool ${tool.name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
          return errorResult({
            code: "internal",
            message: `内部错误：工具 ${tool.name} 未能完成（${e instanceof Error ? e.message : String(e)}）。`,
            hint: "这是 jiaohe 的缺陷，不是输入的问题；请换一种方式提问或报告此问题。",
          });
        }
      },
    );
  }
}

/**
 * The shared schemas are written for strict function calling: every field present, "none" as null.
 * Models in MCP clients often just leave such a field out, so MCP serves nullable fields as optional
 * and the adapter fills in null before the tool's own schema checks the arguments again.
 */
function servedInput(schema: z.ZodType): { schema: z.ZodType; nullable: string[] } {
  if (!(schema instanceof z.ZodObject)) return { schema, nullable: [] };
  const shape = schema.shape as Record<string, z.ZodType>;
  const nullable = Object.keys(shape).filter((k) => shape[k]?.safeParse(null).success && !shape[k]?.safeParse(undefined).success);
  if (nullable.length === 0) return { schema, nullable };
  return { schema: schema.extend(Object.fromEntries(nullable.map((k) => [k, (shape[k] as z.ZodType).optional()]))), nullable };
}

function fillNulls(args: unknown, keys: string[]): unknown {
  if (!args || typeof args !== "object" || keys.length === 0) return args;
  const out: Record<string, unknown> = { ...(args as Record<string, unknown>) };
  for (const k of keys) if (out[k] === undefined) out[k] = null;
  return out;
}

export function errorResult(error: ToolError, en?: string): CallToolResult {
  const lines = [`[${error.code}] ${error.message}`];
  if (error.hint) lines.push(`提示：${error.hint}`);
  if (en) lines.push(en);
  return { isError: true, content: [{ type: "text", text: lines.join("\n") }] };
}

function renderText(value: unknown): string {
  const text = JSON.stringify(value);
  if (text.length <= MAX_TEXT) return text;
  return `${text.slice(0, MAX_TEXT)}…\n（结果较长，已截断；完整结果见 structuredContent。/ Truncated; the full result is in structuredContent.）`;
}

type PolicyOutcome = { ok: true; args: unknown } | { ok: false; error: ToolError };

/** Applies the policy to every string field named `path` in the arguments (the parse tool's file input). */
export async function applyFilePolicy(args: unknown, policy: FilePolicy): Promise<PolicyOutcome> {
  if (policy.mode === "local") return { ok: true, args };
  const paths: { holder: Record<string, unknown>; value: string }[] = [];
  collectPaths(args, paths);
  if (paths.length === 0) return { ok: true, args };
  if (policy.mode === "refuse")
    return {
      ok: false,
      error: {
        code: "path-not-allowed",
        message: "此服务器不接受服务器端文件路径（通过 HTTP 连接时出于安全考虑禁用）。",
        hint: "请把文件内容作为 text（纯文本）或 base64（二进制文件）传入；服务器管理员也可用 --files-root <目录> 开放某个目录。",
      },
    };
  const roots = await Promise.all(policy.roots.map((r) => realpath(r).catch(() => resolve(r))));
  for (const p of paths) {
    const target = isAbsolute(p.value) ? p.value : resolve(roots[0] ?? ".", p.value);
    const real = await realpath(target).catch(() => null);
    if (real === null)
      return { ok: false, error: { code: "not-found", message: `找不到文件：${p.value}`, hint: `相对路径以服务器允许的目录为起点：${roots.join("、")}` } };
    if (!roots.some((root) => inside(real, root)))
      return {
        ok: false,
        error: {
          code: "path-not-allowed",
          message: `路径不在服务器允许的目录内：${p.value}`,
          hint: `只能读取 ${roots.join("、")} 之下的文件；或把文件内容作为 text / base64 传入。`,
        },
      };
    p.holder.path = real;
  }
  return { ok: true, args };
}

function inside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel !== "" && !isAbsolute(rel) && rel.split(sep)[0] !== "..";
}

function collectPaths(value: unknown, out: { holder: Record<string, unknown>; value: string }[]): void {
  if (Array.isArray(value)) for (const v of value) collectPaths(v, out);
  else if (value && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(obj)) {
      if (k === "path" && typeof v === "string") out.push({ holder: obj, value: v });
      else collectPaths(v, out);
    }
  }
}
