// The tool adapter: the shared tool definitions as chat-completions tools, and one call run
// through the same zod schema the MCP server uses. Bad arguments and tool errors go back to the
// model as tool messages it can read and recover from.
import type { ChatCompletionTool } from "openai/resources/chat/completions";
import { z } from "zod";
import { normalizeArgs, quantities, type AnyTool, type StoredReport, type ToolDeps } from "../../tools/index.js";
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

/** Keys of tool outputs whose text a model may want to quote (messages, explanations, formulas). */
const QUOTED_KEYS = new Set(["message", "summary", "title", "what", "why", "arithmetic", "causes", "fix", "assumptions", "findings", "formula", "note"]);

/**
 * Turns the numbers inside the explanatory texts of a tool result into slots (q.N) kept in the
 * report's store, and lists them, so a model can quote a finding's sentence verbatim — the
 * renderer puts the numbers back exactly as the tool wrote them.
 */
export function quoteNumbers(entry: StoredReport | undefined, toolName: string, value: unknown): unknown {
  if (!entry) return value;
  const listed: Record<string, string> = {};
  const quote = (text: string): string => {
    let out = "";
    let last = 0;
    for (const q of quantities(text)) {
      const slot = `q.${entry.quoted.size + 1}`;
      entry.quoted.set(slot, { slot, text: q.text, value: q.value, provenance: `工具 ${toolName} 的输出` });
      listed[`{{${slot}}}`] = q.text;
      out += `${text.slice(last, q.start)}{{${slot}}}`;
      last = q.end;
    }
    return out + text.slice(last);
  };
  const walk = (v: unknown, key: string | null): unknown => {
    if (typeof v === "string") return key !== null && QUOTED_KEYS.has(key) ? quote(v) : v;
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  const out = walk(value, null);
  if (Object.keys(listed).length && out && typeof out === "object")
    return { ...(out as Record<string, unknown>), quotedNumbers: { note: "说明文字中的数字已换成槽位；引用时照抄槽位", slots: listed } };
  return out;
}

export async function runToolCall(
  tools: readonly AnyTool[],
  deps: ToolDeps,
  name: string,
  rawArgs: string,
  maxChars: number,
  quoteInto?: StoredReport,
): Promise<ToolCallOutcome> {
  const tool = tools.find((t) => t.name === name);
  const reply = (value: unknown, record: ToolCallRecord): ToolCallOutcome => ({
    content: truncate(JSON.stringify(record.ok ? quoteNumbers(quoteInto, name, value) : value), maxChars),
    record,
  });
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
