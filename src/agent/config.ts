// Which model the agent talks to: any OpenAI-compatible chat-completions endpoint. Read from the
// environment (OPENAI_BASE_URL, OPENAI_API_KEY, JIAOHE_MODEL, JIAOHE_PROVIDER) or a JSON file
// (JIAOHE_CONFIG), checked with zod. No model configured → null: every surface then answers with
// the deterministic text instead.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { InputError } from "../model/errors.js";

export const PROVIDERS = ["openai", "deepseek", "qwen", "ollama", "vllm", "generic"] as const;

export const AgentConfigSchema = z.object({
  baseURL: z.string().url().describe("OpenAI-compatible base URL, ending in /v1 for most servers"),
  apiKey: z.string().min(1),
  model: z.string().min(1),
  provider: z.enum(PROVIDERS).default("generic"),
  /** Per request, in milliseconds. */
  timeoutMs: z.number().int().positive().default(90_000),
  /** Retries on connection errors, 408, 409, 429 and 5xx, with backoff; Retry-After is honoured. */
  maxRetries: z.number().int().min(0).max(8).default(3),
  /** Model round trips that may end in tool calls before the agent gives up. */
  maxToolRounds: z.number().int().min(1).max(20).default(8),
  /** Not sent when null (the default): OpenAI's reasoning models accept only their own. */
  temperature: z.number().min(0).max(2).nullable().default(null),
  /** Send tool schemas with strict: true (OpenAI; DeepSeek's beta URL). */
  strictTools: z.boolean().default(false),
  /** Ask for streamed answers when the surface can show them. */
  stream: z.boolean().default(true),
  /** Extra request fields passed through as-is (DeepSeek's thinking, Qwen's enable_thinking). */
  extraBody: z.record(z.string(), z.unknown()).default({}),
  /** Largest tool result sent back to the model, in characters. */
  maxToolOutputChars: z.number().int().positive().default(24_000),
});
export type AgentConfig = z.infer<typeof AgentConfigSchema>;
export type AgentConfigInput = z.input<typeof AgentConfigSchema>;

const DEFAULT_BASE: Record<(typeof PROVIDERS)[number], string | null> = {
  openai: "https://api.openai.com/v1",
  deepseek: "https://api.deepseek.com",
  qwen: "https://dashscope.aliyuncs.com/compatible-mode/v1",
  ollama: "http://localhost:11434/v1",
  vllm: null,
  generic: null,
};

function guessProvider(baseURL: string | undefined): (typeof PROVIDERS)[number] {
  if (!baseURL) return "openai";
  if (/deepseek\.com/.test(baseURL)) return "deepseek";
  if (/dashscope/.test(baseURL)) return "qwen";
  if (/:11434/.test(baseURL)) return "ollama";
  if (/api\.openai\.com/.test(baseURL)) return "openai";
  return "generic";
}

function isLocal(url: string): boolean {
  return /^https?:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:|\/|$)/.test(url);
}

export function configError(zh: string, en: string): InputError {
  return new InputError("unreadable", zh, en, "JIAOHE_CONFIG");
}

/**
 * The agent's configuration, or null when no model is configured. Throws InputError when a
 * configuration is given but wrong (bad JSON, bad URL, a model without a key for a remote server).
 */
export function loadAgentConfig(env: Record<string, string | undefined> = process.env): AgentConfig | null {
  let file: Record<string, unknown> = {};
  const path = env.JIAOHE_CONFIG?.trim();
  if (path) {
    let raw: string;
    try {
      raw = readFileSync(path, "utf8");
    } catch {
      throw configError(`无法读取模型配置文件：${path}`, `Cannot read the model configuration file: ${path}`);
    }
    try {
      const parsed: unknown = JSON.parse(raw);
      if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
      file = parsed as Record<string, unknown>;
    } catch {
      throw configError(`模型配置文件不是合法的 JSON 对象：${path}`, `The model configuration file is not a JSON object: ${path}`);
    }
  }
  const pick = (k: string, e: string | undefined) => (e?.trim() ? e.trim() : typeof file[k] === "string" ? (file[k] as string) : undefined);
  const model = pick("model", env.JIAOHE_MODEL);
  if (!model) return null;
  const provider0 = pick("provider", env.JIAOHE_PROVIDER);
  const baseIn = pick("baseURL", env.OPENAI_BASE_URL);
  const provider = (PROVIDERS as readonly string[]).includes(provider0 ?? "") ? (provider0 as (typeof PROVIDERS)[number]) : guessProvider(baseIn);
  const baseURL = baseIn ?? DEFAULT_BASE[provider] ?? undefined;
  if (!baseURL)
    throw configError("已设置模型，但未设置 OPENAI_BASE_URL（模型服务地址）。", "A model is set but OPENAI_BASE_URL (the endpoint) is not.");
  let apiKey = pick("apiKey", env.OPENAI_API_KEY);
  if (!apiKey && (isLocal(baseURL) || provider === "ollama" || provider === "vllm")) apiKey = "local";
  if (!apiKey)
    throw configError(`已设置模型 ${model}，但未设置 OPENAI_API_KEY。`, `Model ${model} is set but OPENAI_API_KEY is not.`);
  const candidate = { ...file, model, provider, baseURL, apiKey };
  delete (candidate as Record<string, unknown>).$schema;
  const r = AgentConfigSchema.safeParse(candidate);
  if (!r.success)
    throw configError(`模型配置有误：${z.prettifyError(r.error)}`, `The model configuration is invalid: ${z.prettifyError(r.error)}`);
  return r.data;
}
