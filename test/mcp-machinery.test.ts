// The server machinery with small fixture tools (defined here, never shipped): the adapter's
// mapping of results and errors, the file-path policy, resources, prompts, the HTTP guard
// (host, origin, token) and the stdio transport's answers to malformed JSON-RPC.
import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { ALL_CELL_IDS } from "../src/model/cells.js";
import { InputError } from "../src/model/errors.js";
import { startHttpServer, type RunningHttpServer } from "../src/mcp/http.js";
import type { ReportCatalog } from "../src/mcp/resources.js";
import { createServer, type McpDeps } from "../src/mcp/server.js";
import { LineStdioTransport } from "../src/mcp/stdio.js";
import type { FilePolicy } from "../src/mcp/tools.js";
import { defineTool, READ_ONLY, type ToolDefinition } from "../tools/define.js";

interface FixtureDeps {
  calls: string[];
}

const echo = defineTool({
  name: "echo_numbers",
  title: "回显",
  description: { zh: "把数字加起来。", en: "Adds numbers." },
  input: z.object({ xs: z.array(z.number()).min(1).describe("数字") }),
  output: z.object({ sum: z.number() }),
  annotations: READ_ONLY,
  async run(input, deps: FixtureDeps) {
    deps.calls.push("echo");
    return { ok: true, value: { sum: input.xs.reduce((a, b) => a + b, 0) } };
  },
});
const refuse = defineTool({
  name: "always_fails",
  title: "总是失败",
  description: { zh: "返回错误。", en: "Returns an error." },
  input: z.object({ id: z.string() }),
  output: z.object({}),
  annotations: READ_ONLY,
  async run(input) {
    return { ok: false, error: { code: "unknown-report", message: `没有编号为「${input.id}」的年报。`, hint: "请先解析。" } };
  },
});
const throws = defineTool({
  name: "throws_bug",
  title: "抛异常",
  description: { zh: "有缺陷。", en: "Has a bug." },
  input: z.object({}),
  output: z.object({}),
  annotations: READ_ONLY,
  async run() {
    throw new Error("boom");
  },
});
const badInput = defineTool({
  name: "bad_input",
  title: "坏输入",
  description: { zh: "抛 InputError。", en: "Throws InputError." },
  input: z.object({}),
  output: z.object({}),
  annotations: READ_ONLY,
  async run() {
    throw new InputError("empty", "文件是空的：a.txt", "The file is empty: a.txt");
  },
});
const readPath = defineTool({
  name: "read_path",
  title: "读路径",
  description: { zh: "读取路径。", en: "Reads a path." },
  input: z.object({ path: z.string().nullable(), text: z.string().nullable() }),
  output: z.object({ path: z.string().nullable() }),
  annotations: READ_ONLY,
  async run(input) {
    return { ok: true, value: { path: input.path } };
  },
});
const listOut = defineTool({
  name: "list_out",
  title: "数组输出",
  description: { zh: "输出数组。", en: "Outputs an array." },
  input: z.object({}),
  output: z.array(z.number()),
  annotations: READ_ONLY,
  async run() {
    return { ok: true, value: [1, 2] };
  },
});

const TOOLS = [echo, refuse, throws, badInput, readPath, listOut] as unknown as ToolDefinition<z.ZodType, z.ZodType, FixtureDeps>[];
const emptyCatalog: ReportCatalog = { list: () => [], get: () => undefined };

function deps(files: FilePolicy = { mode: "local" }, calls: string[] = []): McpDeps<FixtureDeps> {
  return {
    tools: TOOLS,
    toolDeps: { calls },
    reports: emptyCatalog,
    rules: [
      { id: "B1", family: "balance", severity: "error", title: "办理平衡", description: "每一列平衡。", status: "stable", messages: ["unbalanced"] },
    ],
    files,
    version: "test",
    log: () => {},
  };
}

async function memoryClient(d: McpDeps<FixtureDeps>): Promise<Client> {
  const [a, b] = InMemoryTransport.createLinkedPair();
  await createServer(d).connect(a);
  const client = new Client({ name: "test", version: "1" });
  await client.connect(b);
  return client;
}

/** The text of a resource's first content. */
async function read(client: Client, uri: string): Promise<{ text: string; mimeType: string | undefined }> {
  const c = (await client.readResource({ uri })).contents[0];
  return { text: c && "text" in c ? c.text : "", mimeType: c?.mimeType };
}

const text = (r: CallToolResult) => r.content.map((c) => (c.type === "text" ? c.text : "")).join("\n");

describe("tool adapter", () => {
  it("lists every tool with title, zh+en description, schemas and annotations", async () => {
    const client = await memoryClient(deps());
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(TOOLS.map((t) => t.name));
    const e = tools.find((t) => t.name === "echo_numbers");
    expect(e?.title).toBe("回显");
    expect(e?.description).toContain("把数字加起来。");
    expect(e?.description).toContain("Adds numbers.");
    expect(e?.inputSchema.properties).toHaveProperty("xs");
    expect(e?.outputSchema?.properties).toHaveProperty("sum");
    expect(e?.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false });
    // A non-object output cannot be an MCP outputSchema: no schema, the value travels as { result }.
    expect(tools.find((t) => t.name === "list_out")?.outputSchema).toBeUndefined();
    await client.close();
  });

  it("maps ok, ok:false, InputError, a thrown bug and bad arguments to results, never a crash", async () => {
    const calls: string[] = [];
    const client = await memoryClient(deps({ mode: "local" }, calls));
    const ok = (await client.callTool({ name: "echo_numbers", arguments: { xs: [1, 2, 3.5] } })) as CallToolResult;
    expect(ok.isError).toBeFalsy();
    expect(ok.structuredContent).toEqual({ sum: 6.5 });
    expect(JSON.parse(text(ok))).toEqual({ sum: 6.5 });
    expect(calls).toEqual(["echo"]);

    const failed = (await client.callTool({ name: "always_fails", arguments: { id: "rpt_x" } })) as CallToolResult;
    expect(failed.isError).toBe(true);
    expect(text(failed)).toContain("没有编号为「rpt_x」的年报。");
    expect(text(failed)).toContain("提示：请先解析。");

    const input = (await client.callTool({ name: "bad_input", arguments: {} })) as CallToolResult;
    expect(input.isError).toBe(true);
    expect(text(input)).toContain("文件是空的：a.txt");

    const bug = (await client.callTool({ name: "throws_bug", arguments: {} })) as CallToolResult;
    expect(bug.isError).toBe(true);
    expect(text(bug)).toContain("内部错误");

    const invalid = (await client.callTool({ name: "echo_numbers", arguments: { xs: "many" } })) as CallToolResult;
    expect(invalid.isError).toBe(true);
    expect(text(invalid)).toMatch(/xs/);
    expect(calls).toEqual(["echo"]); // the tool never ran on bad arguments

    const arr = (await client.callTool({ name: "list_out", arguments: {} })) as CallToolResult;
    expect(arr.structuredContent).toEqual({ result: [1, 2] });

    const unknown = (await client.callTool({ name: "no_such_tool", arguments: {} })) as CallToolResult;
    expect(unknown.isError).toBe(true);
    // still alive
    expect((await client.listTools()).tools.length).toBe(TOOLS.length);
    await client.close();
  });

  it("refuses server paths under the refuse policy and confines them under roots (symlinks resolved)", async () => {
    const root = mkdtempSync(join(tmpdir(), "jiaohe-mcp-root-"));
    const outside = mkdtempSync(join(tmpdir(), "jiaohe-mcp-out-"));
    writeFileSync(join(root, "a.txt"), "x");
    writeFileSync(join(outside, "secret.txt"), "x");
    symlinkSync(join(outside, "secret.txt"), join(root, "link.txt"));

    const local = await memoryClient(deps());
    const listed = (await local.listTools()).tools.find((t) => t.name === "read_path");
    // nullable fields are optional on MCP (models leave them out) and arrive as null
    expect(listed?.inputSchema.required ?? []).toEqual([]);
    const omitted = (await local.callTool({ name: "read_path", arguments: {} })) as CallToolResult;
    expect(omitted.structuredContent).toEqual({ path: null });
    await local.close();

    const refusing = await memoryClient(deps({ mode: "refuse" }));
    const r1 = (await refusing.callTool({ name: "read_path", arguments: { path: "/etc/passwd", text: null } })) as CallToolResult;
    expect(r1.isError).toBe(true);
    expect(text(r1)).toContain("path-not-allowed");
    const r2 = (await refusing.callTool({ name: "read_path", arguments: { path: null, text: "全文" } })) as CallToolResult;
    expect(r2.isError).toBeFalsy();
    await refusing.close();

    const rooted = await memoryClient(deps({ mode: "roots", roots: [root] }));
    const inRoot = (await rooted.callTool({ name: "read_path", arguments: { path: "a.txt", text: null } })) as CallToolResult;
    expect(inRoot.isError).toBeFalsy();
    expect((inRoot.structuredContent as { path: string }).path.endsWith("a.txt")).toBe(true);
    for (const p of [join(outside, "secret.txt"), "../" + outside.split("/").pop() + "/secret.txt", "link.txt", "/etc/passwd"]) {
      const res = (await rooted.callTool({ name: "read_path", arguments: { path: p, text: null } })) as CallToolResult;
      expect(res.isError, p).toBe(true);
      expect(text(res)).toContain("path-not-allowed");
    }
    const missing = (await rooted.callTool({ name: "read_path", arguments: { path: "nope.txt", text: null } })) as CallToolResult;
    expect(missing.isError).toBe(true);
    expect(text(missing)).toContain("找不到文件");
    await rooted.close();
  });
});

describe("resources and prompts", () => {
  it("serves the format generated from the cell catalogue, the rules and the spec summary", async () => {
    const client = await memoryClient(deps());
    const { resources } = await client.listResources();
    const uris = resources.map((r) => r.uri);
    for (const u of ["jiaohe://format/tables", "jiaohe://format/labels", "jiaohe://format/spec", "jiaohe://rules"]) expect(uris).toContain(u);
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.uriTemplate)).toEqual(expect.arrayContaining(["jiaohe://reports/{id}/tables", "jiaohe://rules/{id}"]));

    const tables = JSON.parse((await read(client, "jiaohe://format/tables")).text);
    const ids = tables.tables.flatMap((t: { rows: { cells: Record<string, string> }[] }) => t.rows.flatMap((r) => Object.values(r.cells)));
    expect(ids.sort()).toEqual([...ALL_CELL_IDS].sort());
    const b = tables.tables.find((t: { id: string }) => t.id === "applications");
    expect(b.rows.map((r: { label: string }) => r.label)).toContain("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");

    const labels = JSON.parse((await read(client, "jiaohe://format/labels")).text);
    expect(labels["applications.granted.total"]).toMatchObject({ row: "（一）予以公开", column: "总计" });
    expect(Object.keys(labels)).toHaveLength(200);

    const spec = await read(client, "jiaohe://format/spec");
    expect(spec.mimeType).toBe("text/markdown");
    expect(spec.text).toContain("第一项加第二项之和，等于第三项加第四项之和");

    const rules = JSON.parse((await read(client, "jiaohe://rules")).text);
    expect(rules.rules[0]).toMatchObject({ id: "B1", family: "balance" });
    expect(rules.rules[0].messages[0].zh).toContain("不平衡"); // the template from src/explain/messages
    const one = JSON.parse((await read(client, "jiaohe://rules/B1")).text);
    expect(one.title).toBe("办理平衡");
    await expect(client.readResource({ uri: "jiaohe://reports/rpt_missing/tables" })).rejects.toThrow(/尚未载入任何年报/);
    await client.close();
  });

  it("lists the three prompts and fills them from prompts/ files with the served tool names", async () => {
    const client = await memoryClient(deps());
    const { prompts } = await client.listPrompts();
    expect(prompts.map((p) => p.name).sort()).toEqual(["draft_section", "explain_finding", "review_report"]);
    const draft = await client.getPrompt({ name: "draft_section", arguments: { report: "rpt_1", section: "五" } });
    const t = draft.messages[0]?.content.type === "text" ? draft.messages[0].content.text : "";
    expect(t).toContain("五、存在的主要问题及改进情况");
    expect(t).toContain("rpt_1");
    expect(t).toContain("echo_numbers");
    expect(t).not.toMatch(/\{\{(report|section|tools)\}\}/);
    const ex = await client.getPrompt({ name: "explain_finding", arguments: { report: "rpt_1", n: "3" } });
    expect(ex.messages[0]?.content.type === "text" && ex.messages[0].content.text).toContain("第 3 条");
    await expect(client.getPrompt({ name: "explain_finding", arguments: { report: "rpt_1", n: "three" } })).rejects.toThrow();
    expect(client.getInstructions()).toContain("绝不编造数字");
    await client.close();
  });
});

describe("HTTP guard", () => {
  let running: RunningHttpServer;
  const TOKEN = "t0ken-测试".replace("测试", "xyz");
  beforeAll(async () => {
    const d = deps();
    running = await startHttpServer(() => createServer(d), { port: 0, token: TOKEN, log: () => {} });
  });
  afterAll(() => running.close());

  const init = {
    jsonrpc: "2.0",
    id: 1,
    method: "initialize",
    params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
  };
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(running.url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json, text/event-stream", ...headers },
      body,
    });

  it("binds to 127.0.0.1 and works with the right token through the SDK client", async () => {
    expect(running.url.hostname).toBe("127.0.0.1");
    const client = new Client({ name: "t", version: "1" });
    await client.connect(new StreamableHTTPClientTransport(running.url, { requestInit: { headers: { Authorization: `Bearer ${TOKEN}` } } }));
    const r = (await client.callTool({ name: "echo_numbers", arguments: { xs: [2, 3] } })) as CallToolResult;
    expect(r.structuredContent).toEqual({ sum: 5 });
    await client.close();
  });

  it("answers 401 to a missing or wrong token, also through the SDK client", async () => {
    const none = await post(JSON.stringify(init));
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(((await none.json()) as { error: { code: number } }).error.code).toBe(-32001);
    expect((await post(JSON.stringify(init), { Authorization: "Bearer wrong" })).status).toBe(401);
    expect((await post(JSON.stringify(init), { Authorization: `Basic ${TOKEN}` })).status).toBe(401);
    const client = new Client({ name: "t", version: "1" });
    await expect(
      client.connect(new StreamableHTTPClientTransport(running.url, { requestInit: { headers: { Authorization: "Bearer nope" } } })),
    ).rejects.toThrow();
  });

  it("refuses foreign Host and Origin headers (DNS rebinding)", async () => {
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const { request } = await import("node:http");
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(running.url, { method: "POST", headers: { ...auth, Host: "evil.example:80", "Content-Type": "application/json" } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end(JSON.stringify(init));
    });
    expect(status).toBe(403);
    expect((await post(JSON.stringify(init), { ...auth, Origin: "http://evil.example" })).status).toBe(403);
    expect((await post(JSON.stringify(init), { ...auth, Origin: `http://localhost:${running.port}` })).status).toBe(200);
  });

  it("answers malformed JSON-RPC per protocol and rejects GET in stateless mode", async () => {
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const bad = await post("{not json", auth);
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body).toMatchObject({ jsonrpc: "2.0", id: null, error: { code: -32700 } });
    const notRpc = await post(JSON.stringify({ hello: "world" }), auth);
    expect(notRpc.status).toBe(400);
    expect(((await notRpc.json()) as { error: { code: number } }).error.code).toBeLessThan(-32000);
    const get = await fetch(running.url, { headers: { ...auth, Accept: "text/event-stream" } });
    expect(get.status).toBe(405);
    const other = await fetch(new URL("/other", running.url), { method: "POST", headers: auth, body: "{}" });
    expect(other.status).toBe(404);
  });
});

describe("stdio transport", () => {
  it("answers invalid JSON with -32700 and a non-JSON-RPC object with -32600, then keeps serving", async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const transport = new LineStdioTransport(stdin, stdout, 1024);
    const seen: unknown[] = [];
    transport.onmessage = (m) => seen.push(m);
    await transport.start();
    const out: string[] = [];
    stdout.on("data", (c: Buffer) => out.push(...c.toString("utf8").split("\n").filter(Boolean)));
    stdin.write("{oops\n");
    stdin.write(JSON.stringify({ id: 7, foo: 1 }) + "\n");
    stdin.write("x".repeat(2000) + "\n");
    stdin.write(JSON.stringify({ jsonrpc: "2.0", id: 8, method: "ping" }).slice(0, 10));
    stdin.write(JSON.stringify({ jsonrpc: "2.0", id: 8, method: "ping" }).slice(10) + "\r\n");
    await new Promise((r) => setTimeout(r, 20));
    const replies = out.map((l) => JSON.parse(l));
    expect(replies[0]).toMatchObject({ jsonrpc: "2.0", id: null, error: { code: -32700 } });
    expect(replies[1]).toMatchObject({ jsonrpc: "2.0", id: 7, error: { code: -32600 } });
    expect(replies[2]).toMatchObject({ id: null, error: { code: -32600 } });
    expect(seen).toEqual([{ jsonrpc: "2.0", id: 8, method: "ping" }]);
    await transport.close();
  });
});
