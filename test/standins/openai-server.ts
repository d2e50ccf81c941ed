// A real OpenAI-compatible chat-completions server on 127.0.0.1 (node:http), driven by a script
// of model turns, for tests that must not reach the internet. The production agent code is
// pointed at it by base URL, unchanged. It speaks JSON and SSE streaming (tool-call deltas with
// index/id/name first and the arguments in pieces), GET /v1/models, OpenAI-shaped errors
// (400/401/429 with Retry-After/500), slow answers; and it keeps a journal of every request.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ScriptedToolCall {
  name: string;
  /** A JSON string as the model would send it, or an object to be serialised. */
  arguments: string | Record<string, unknown>;
  id?: string;
}

export interface ScriptedReply {
  content?: string | null;
  reasoning?: string;
  toolCalls?: ScriptedToolCall[];
  /** Wait before answering (for timeouts). */
  delayMs?: number;
}

export interface ScriptedError {
  error: { status: 400 | 401 | 403 | 404 | 429 | 500 | 503; message?: string; type?: string; code?: string };
  /** Sent as Retry-After (seconds) with 429/503. */
  retryAfter?: number;
  /** Sent as retry-after-ms (the openai SDK honours it before Retry-After). */
  retryAfterMs?: number;
  delayMs?: number;
}

export type ScriptedTurn = ScriptedReply | ScriptedError;

export interface ChatRequestBody {
  model?: string;
  stream?: boolean;
  messages?: { role: string; content?: unknown; tool_calls?: unknown; tool_call_id?: string; reasoning_content?: string }[];
  tools?: { type: string; function: { name: string; parameters?: unknown } }[];
  [k: string]: unknown;
}

export interface JournalEntry {
  method: string;
  path: string;
  authorization: string | undefined;
  body: ChatRequestBody | null;
  status: number;
}

export interface StandinOptions {
  /** Turns answered in order, one per POST /v1/chat/completions. */
  script?: ScriptedTurn[];
  /** Computes the turn from the request instead (takes precedence when it returns a turn). */
  respond?: (body: ChatRequestBody, index: number) => ScriptedTurn | undefined;
  /** Characters per streamed content or argument piece (default 7). */
  chunkSize?: number;
  /** When set, requests without "Bearer <apiKey>" get 401. */
  apiKey?: string;
  models?: string[];
}

export interface Standin {
  /** Base URL to give the client, ending in /v1. */
  url: string;
  journal: JournalEntry[];
  /** Chat requests only, in order. */
  requests(): ChatRequestBody[];
  push(...turns: ScriptedTurn[]): void;
  close(): Promise<void>;
}

const isError = (t: ScriptedTurn): t is ScriptedError => "error" in t;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function approxTokens(x: unknown): number {
  return Math.max(1, Math.ceil(JSON.stringify(x ?? "").length / 3));
}

function pieces(s: string, n: number): string[] {
  const out: string[] = [];
  const chars = [...s];
  for (let i = 0; i < chars.length; i += n) out.push(chars.slice(i, i + n).join(""));
  return out;
}

function sendError(res: ServerResponse, t: ScriptedError): void {
  const { status } = t.error;
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (t.retryAfter !== undefined) headers["retry-after"] = String(t.retryAfter);
  if (t.retryAfterMs !== undefined) headers["retry-after-ms"] = String(t.retryAfterMs);
  // Tell the SDK plainly whether to retry, as OpenAI does.
  headers["x-should-retry"] = status === 429 || status >= 500 ? "true" : "false";
  const type = t.error.type ?? (status === 429 ? "rate_limit_error" : status === 401 ? "authentication_error" : status >= 500 ? "server_error" : "invalid_request_error");
  res.writeHead(status, headers);
  res.end(JSON.stringify({ error: { message: t.error.message ?? `scripted ${status}`, type, param: null, code: t.error.code ?? null } }));
}

export async function startOpenAIStandin(options: StandinOptions = {}): Promise<Standin> {
  const queue: ScriptedTurn[] = [...(options.script ?? [])];
  const journal: JournalEntry[] = [];
  const chunk = options.chunkSize ?? 7;
  let chatIndex = 0;
  let callSeq = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const entry: JournalEntry = { method: req.method ?? "", path, authorization: req.headers.authorization, body: null, status: 200 };
    journal.push(entry);
    const reply = (status: number, body: unknown) => {
      entry.status = status;
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (options.apiKey && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      entry.status = 401;
      return sendError(res, { error: { status: 401, message: "Incorrect API key provided." } });
    }
    if (req.method === "GET" && path === "/v1/models")
      return reply(200, { object: "list", data: (options.models ?? ["standin-model"]).map((id) => ({ id, object: "model", created: 0, owned_by: "standin" })) });
    if (req.method !== "POST" || path !== "/v1/chat/completions") return reply(404, { error: { message: `no route ${req.method} ${path}`, type: "invalid_request_error" } });
    let body: ChatRequestBody;
    try {
      body = JSON.parse(raw) as ChatRequestBody;
    } catch {
      return reply(400, { error: { message: "We could not parse the JSON body of your request.", type: "invalid_request_error" } });
    }
    entry.body = body;
    if (!Array.isArray(body.messages) || !body.model) return reply(400, { error: { message: "'messages' and 'model' are required", type: "invalid_request_error" } });
    const index = chatIndex++;
    const turn = options.respond?.(body, index) ?? queue.shift();
    if (!turn) return reply(500, { error: { message: `stand-in: no scripted turn for request ${index + 1}`, type: "server_error" } });
    if (turn.delayMs) await sleep(turn.delayMs);
    if (res.destroyed) return;
    if (isError(turn)) {
      entry.status = turn.error.status;
      return sendError(res, turn);
    }
    const id = `chatcmpl-standin-${index + 1}`;
    const created = Math.floor(Date.now() / 1000);
    const calls = (turn.toolCalls ?? []).map((c) => ({
      id: c.id ?? `call_${++callSeq}`,
      type: "function" as const,
      function: { name: c.name, arguments: typeof c.arguments === "string" ? c.arguments : JSON.stringify(c.arguments) },
    }));
    const finish = calls.length ? "tool_calls" : "stop";
    const usage = { prompt_tokens: approxTokens(body.messages), completion_tokens: approxTokens([turn.content, calls]), total_tokens: 0 };
    usage.total_tokens = usage.prompt_tokens + usage.completion_tokens;
    if (!body.stream) {
      const message: Record<string, unknown> = { role: "assistant", content: turn.content ?? null, refusal: null };
      if (turn.reasoning !== undefined) message.reasoning_content = turn.reasoning;
      if (calls.length) message.tool_calls = calls;
      return reply(200, { id, object: "chat.completion", created, model: body.model, choices: [{ index: 0, message, finish_reason: finish, logprobs: null }], usage });
    }
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    const send = (delta: Record<string, unknown>, finish_reason: string | null = null, extra: Record<string, unknown> = {}) =>
      res.write(`data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model: body.model, choices: [{ index: 0, delta, finish_reason, logprobs: null }], ...extra })}\n\n`);
    send({ role: "assistant", content: "" });
    for (const p of pieces(turn.reasoning ?? "", chunk)) send({ reasoning_content: p });
    for (const p of pieces(turn.content ?? "", chunk)) send({ content: p });
    calls.forEach((c, i) => {
      send({ tool_calls: [{ index: i, id: c.id, type: "function", function: { name: c.function.name, arguments: "" } }] });
      for (const p of pieces(c.function.arguments, chunk)) send({ tool_calls: [{ index: i, function: { arguments: p } }] });
    });
    send({}, finish);
    const so = body.stream_options as { include_usage?: boolean } | undefined;
    if (so?.include_usage) res.write(`data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model: body.model, choices: [], usage })}\n\n`);
    res.write("data: [DONE]\n\n");
    res.end();
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: String(e), type: "server_error" } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    journal,
    requests: () => journal.filter((j) => j.path === "/v1/chat/completions" && j.body).map((j) => j.body as ChatRequestBody),
    push: (...turns) => queue.push(...turns),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
