// The tool adapter: the shared tool definitions as chat-completions tools, and one call run
// through the same zod schema the MCP server uses. Bad arguments and tool errors go back to the
// model as tool messages it can read and recover from.
import type { ChatCompletionTool } from "openai/resources/chat/completions";
import { z } from "zod";
import { normalizeArgs, type AnyTool, type ToolDeps } from "../../tools/index.js";
import type { ToolCallRecord } from "./types.js";

export function toChatTools(tools: readonly AnyTool[], strict: boolean): ChatCompletionTool[] {
  return tools.map((t) => {
    const schema = z.toJSONSchema(t.input) as Record<string, unknown>;
    delete schema.$schema;
    return {
      type: "function",
      function: { name: t.name, description: `${t.description.zh}\n${t.description.en}`, parameters: schema, ...(strict ? { strict: true } : {}) },
    };
  });
}

export interface ToolCallOutcome {
  /** The content of the tool message sent back to the model. */
  content: string;
  record: ToolCallRecord;
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max)}…（输出过长，已截断；请缩小查询范围）`;
}

export async function runToolCall(
  tools: readonly AnyTool[],
  deps: ToolDeps,
  name: string,
  rawArgs: string,
  maxChars: number,
): Promise<ToolCallOutcome> {
  const tool = tools.find((t) => t.name === name);
  const reply = (value: unknown, record: ToolCallRecord): ToolCallOutcome => ({ content: truncate(JSON.stringify(value), maxChars), record });
  if (!tool) {
    const error = { code: "unknown-tool", message: `没有名为「${name}」的工具。`, hint: `可用工具：${tools.map((t) => t.name).join("、")}。` };
    return reply({ ok: false, error }, { name, ok: false, error: error.code, validArguments: false });
  }
  let parsed: unknown;
  try {
    parsed = rawArgs.trim() ? JSON.parse(rawArgs) : {};
  } catch {
    const error = { code: "bad-arguments", message: "参数不是合法的 JSON。", hint: "参数必须是一个 JSON 对象，字段见工具说明。" };
    return reply({ ok: false, error }, { name, ok: false, error: error.code, validArguments: false });
  }
  const checked = tool.input.safeParse(normalizeArgs(tool, parsed));
  if (!checked.success) {
    const error = { code: "bad-arguments", message: `参数不符合要求：${z.prettifyError(checked.error)}`, hint: "按工具的参数说明改正后再调用；可选字段传 null。" };
    return reply({ ok: false, error }, { name, ok: false, error: error.code, validArguments: false });
  }
  try {
    const result = await tool.run(checked.data, deps);
    return reply(result, { name, ok: result.ok, error: result.ok ? null : result.error.code, validArguments: true });
  } catch (e) {
    // A bug in a tool: the model gets a readable error, the loop goes on.
    const error = { code: "internal-error", message: `工具内部错误：${e instanceof Error ? e.message : String(e)}`, hint: "换一种方式查询，或直接说明无法取得该数据。" };
    return reply({ ok: false, error }, { name, ok: false, error: error.code, validArguments: true });
  }
}
