// Model configuration from the environment or a JSON file: null when no model, InputError when wrong.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAgentConfig } from "../src/agent/index.js";
import { isInputError } from "../src/model/errors.js";

const tmp = mkdtempSync(join(tmpdir(), "jiaohe-config-"));

function thrown(f: () => unknown): { zh: string } {
  try {
    f();
  } catch (e) {
    if (isInputError(e)) return e;
    throw e;
  }
  throw new Error("did not throw");
}

describe("loadAgentConfig", () => {
  it("is null when no model is configured", () => {
    expect(loadAgentConfig({})).toBeNull();
    expect(loadAgentConfig({ OPENAI_API_KEY: "sk-x", OPENAI_BASE_URL: "https://api.deepseek.com" })).toBeNull();
  });

  it("reads the environment and knows the providers' defaults", () => {
    const ds = loadAgentConfig({ JIAOHE_MODEL: "deepseek-v4-flash", OPENAI_API_KEY: "sk-x", OPENAI_BASE_URL: "https://api.deepseek.com" });
    expect(ds).toMatchObject({ provider: "deepseek", baseURL: "https://api.deepseek.com", model: "deepseek-v4-flash", maxRetries: 3, strictTools: false });
    const oa = loadAgentConfig({ JIAOHE_MODEL: "gpt-5-mini", OPENAI_API_KEY: "sk-x" });
    expect(oa).toMatchObject({ provider: "openai", baseURL: "https://api.openai.com/v1" });
    const qwen = loadAgentConfig({ JIAOHE_MODEL: "qwen-plus", JIAOHE_PROVIDER: "qwen", OPENAI_API_KEY: "sk-x" });
    expect(qwen?.baseURL).toBe("https://dashscope.aliyuncs.com/compatible-mode/v1");
    // Local servers need no key.
    const ollama = loadAgentConfig({ JIAOHE_MODEL: "qwen3:8b", OPENAI_BASE_URL: "http://localhost:11434/v1" });
    expect(ollama).toMatchObject({ provider: "ollama", apiKey: "local" });
    const vllm = loadAgentConfig({ JIAOHE_MODEL: "Qwen/Qwen3-8B", OPENAI_BASE_URL: "http://127.0.0.1:8000/v1" });
    expect(vllm?.apiKey).toBe("local");
  });

  it("reads a JSON file, with the environment taking precedence", () => {
    const file = join(tmp, "model.json");
    writeFileSync(file, JSON.stringify({ baseURL: "https://api.deepseek.com", apiKey: "sk-file", model: "deepseek-v4-pro", maxToolRounds: 4, extraBody: { thinking: { type: "enabled" } } }));
    const c = loadAgentConfig({ JIAOHE_CONFIG: file });
    expect(c).toMatchObject({ model: "deepseek-v4-pro", apiKey: "sk-file", maxToolRounds: 4, extraBody: { thinking: { type: "enabled" } } });
    expect(loadAgentConfig({ JIAOHE_CONFIG: file, JIAOHE_MODEL: "deepseek-v4-flash" })?.model).toBe("deepseek-v4-flash");
  });

  it("says clearly what is wrong", () => {
    expect(thrown(() => loadAgentConfig({ JIAOHE_MODEL: "gpt-5", OPENAI_BASE_URL: "https://example.invalid/v1" })).zh).toContain("OPENAI_API_KEY");
    expect(thrown(() => loadAgentConfig({ JIAOHE_MODEL: "m", JIAOHE_PROVIDER: "vllm" })).zh).toContain("OPENAI_BASE_URL");
    expect(thrown(() => loadAgentConfig({ JIAOHE_CONFIG: join(tmp, "missing.json") })).zh).toContain("无法读取");
    const bad = join(tmp, "bad.json");
    writeFileSync(bad, JSON.stringify({ model: "m", baseURL: "not a url", apiKey: "k" }));
    expect(thrown(() => loadAgentConfig({ JIAOHE_CONFIG: bad })).zh).toContain("模型配置有误");
    const arr = join(tmp, "arr.json");
    writeFileSync(arr, "[1,2]");
    expect(thrown(() => loadAgentConfig({ JIAOHE_CONFIG: arr })).zh).toContain("不是合法的 JSON 对象");
  });
});
