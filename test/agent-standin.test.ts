// The chat-completions stand-in itself, spoken to with plain fetch: the wire format other tests
// (and the bot's) rely on.
import { afterEach, describe, expect, it } from "vitest";
import { type Standin, startOpenAIStandin } from "./standins/openai-server.js";

let s: Standin | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const post = (url: string, body: unknown, key = "k") =>
  fetch(`${url}/chat/completions`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body: typeof body === "string" ? body : JSON.stringify(body) });

describe("OpenAI-compatible stand-in", () => {
  it("lists models, checks the key, rejects bad JSON and unknown routes with OpenAI-shaped errors", async () => {
    s = await startOpenAIStandin({ apiKey: "k", models: ["m1", "m2"] });
    const models = (await (await fetch(`${s.url}/models`, { headers: { authorization: "Bearer k" } })).json()) as { data: { id: string }[] };
    expect(models.data.map((m) => m.id)).toEqual(["m1", "m2"]);
    const wrong = await post(s.url, { model: "m1", messages: [] }, "nope");
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { type: string } }).error.type).toBe("authentication_error");
    const bad = await post(s.url, "{");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain("JSON");
    expect((await fetch(`${s.url}/embeddings`, { method: "POST", headers: { authorization: "Bearer k" } })).status).toBe(404);
    expect(s.journal.map((j) => j.status)).toEqual([200, 401, 400, 404]);
  });

  it("streams SSE: content pieces, tool-call deltas (id and name first, arguments in pieces), finish_reason, usage, [DONE]", async () => {
    s = await startOpenAIStandin({ chunkSize: 4, script: [{ content: "你好，世界", reasoning: "想", toolCalls: [{ name: "get_cells", arguments: { reportId: "rpt_1", cells: ["review"] } }] }] });
    const r = await post(s.url, { model: "m", stream: true, stream_options: { include_usage: true }, messages: [{ role: "user", content: "hi" }] });
    expect(r.headers.get("content-type")).toContain("text/event-stream");
    const lines = (await r.text()).split("\n\n").filter(Boolean);
    expect(lines.at(-1)).toBe("data: [DONE]");
    const chunks = lines.slice(0, -1).map((l) => JSON.parse(l.replace(/^data: /, "")) as { choices: { delta: Record<string, unknown>; finish_reason: string | null }[]; usage?: unknown });
    const deltas = chunks.flatMap((c) => c.choices.map((x) => x.delta));
    expect(deltas.map((d) => d.content ?? "").join("")).toBe("你好，世界");
    expect(deltas.some((d) => d.reasoning_content === "想")).toBe(true);
    const tc = deltas.flatMap((d) => (d.tool_calls as { index: number; id?: string; function: { name?: string; arguments: string } }[] | undefined) ?? []);
    expect(tc[0]).toMatchObject({ index: 0, function: { name: "get_cells", arguments: "" } });
    expect(tc[0]?.id).toMatch(/^call_/);
    expect(tc.slice(1).every((t) => t.id === undefined && t.function.name === undefined)).toBe(true);
    expect(JSON.parse(tc.map((t) => t.function.arguments).join(""))).toEqual({ reportId: "rpt_1", cells: ["review"] });
    expect(tc.length).toBeGreaterThan(3);
    expect(chunks.flatMap((c) => c.choices.map((x) => x.finish_reason)).filter(Boolean)).toEqual(["tool_calls"]);
    expect(chunks.at(-1)?.usage).toBeTruthy();
  });

  it("answers JSON, 429 with Retry-After, and says when the script has run out", async () => {
    s = await startOpenAIStandin({ script: [{ error: { status: 429 }, retryAfter: 2 }, { content: "好" }] });
    const limited = await post(s.url, { model: "m", messages: [{ role: "user", content: "hi" }] });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("2");
    const ok = (await (await post(s.url, { model: "m", messages: [{ role: "user", content: "hi" }] })).json()) as { choices: { message: { content: string }; finish_reason: string }[] };
    expect(ok.choices[0]).toMatchObject({ message: { content: "好" }, finish_reason: "stop" });
    const out = await post(s.url, { model: "m", messages: [{ role: "user", content: "hi" }] });
    expect(out.status).toBe(500);
    expect(s.requests()).toHaveLength(3);
  });
});
