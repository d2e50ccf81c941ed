// The real server, started the way a user starts it (`jiaohe mcp`, through the CLI entry under
// tsx), driven by the SDK's own Client over stdio and over Streamable HTTP on 127.0.0.1:0. Every
// served tool is called on the seed reports and compared with the hand-read gold.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPLICATION_COLUMNS, APPLICATION_ROWS, ALL_CELL_IDS } from "../src/model/cells.js";
import { CORPUS_DERIVED, type GoldCase, GOLD_DIR, REPO_ROOT, SEEDS_DIR, seedCases } from "./helpers/gold.js";

const MAIN = pathToFileURL(join(REPO_ROOT, "src/cli/main.ts")).href;
// `node -e` puts the extra arguments after argv[0]; main() expects [node, script, ...args].
const ENTRY = `import(${JSON.stringify(MAIN)}).then((m) => m.main([process.execPath, "jiaohe", ...process.argv.slice(1)]))`;
const NODE_ARGS = ["--import", "tsx", "-e", ENTRY];
/** The child gets no inherited environment beyond these (the SDK's stdio client behaves the same way). */
const BASE_ENV: Record<string, string> = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? "/tmp" };
const TOKEN = "e2e-secret-token";

const CASES = seedCases();
const ARITHMETIC = new Set(["row-sum", "column-sum", "balance", "review-sum"]);

type Structured = Record<string, unknown>;
const text = (r: CallToolResult) => r.content.map((c) => (c.type === "text" ? c.text : "")).join("\n");

type JsonSchema = { type?: string | string[]; anyOf?: JsonSchema[]; properties?: Record<string, JsonSchema>; required?: string[] };
const schemas = new WeakMap<Client, Promise<Map<string, JsonSchema>>>();

/** Neutral values for the arguments a case leaves out (null where allowed, false, []), read from the
 *  served schema: the cases name what they test and keep working when a tool gains an option. */
async function withDefaults(client: Client, name: string, args: Record<string, unknown>): Promise<Record<string, unknown>> {
  let m = schemas.get(client);
  if (!m) {
    m = client.listTools().then((r) => new Map(r.tools.map((t) => [t.name, t.inputSchema as JsonSchema])));
    schemas.set(client, m);
  }
  const schema = (await m).get(name);
  const out = { ...args };
  for (const key of schema?.required ?? []) {
    if (key in out) continue;
    const p = schema?.properties?.[key] ?? {};
    const types = [p.type, ...(p.anyOf ?? []).map((a) => a.type)].flat();
    out[key] = types.includes("null") ? null : types.includes("boolean") ? false : types.includes("array") ? [] : undefined;
  }
  return out;
}

async function call(client: Client, name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: await withDefaults(client, name, args) })) as CallToolResult;
}
async function callOk(client: Client, name: string, args: Record<string, unknown>): Promise<Structured> {
  const r = await call(client, name, args);
  if (r.isError) throw new Error(`${name} failed: ${text(r)}`);
  expect(r.structuredContent, name).toBeDefined();
  return r.structuredContent as Structured;
}

function startHttpChild(args: string[], env: Record<string, string>): Promise<{ child: ChildProcessWithoutNullStreams; url: URL }> {
  const child = spawn(process.execPath, [...NODE_ARGS, "mcp", "--http", "--port", "0", ...args], { cwd: REPO_ROOT, env: { ...BASE_ENV, ...env } });
  return new Promise((resolve, reject) => {
    let err = "";
    const timer = setTimeout(() => reject(new Error(`HTTP server did not start: ${err}`)), 45_000);
    child.stderr.on("data", (c: Buffer) => {
      err += c.toString("utf8");
      const m = /(http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(err);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: new URL(m[1]) });
      }
    });
    child.once("exit", (code) => reject(new Error(`exited ${code}: ${err}`)));
  });
}

/** Both transports get the same checks; only how a report reaches the server differs. */
interface Harness {
  client: Client;
  /** The parse_report arguments for a seed on this transport. */
  source(c: GoldCase): Record<string, unknown>;
  stop(): Promise<void>;
}

const harnesses: Record<"stdio" | "http", () => Promise<Harness>> = {
  async stdio() {
    const client = new Client({ name: "e2e-stdio", version: "1" });
    await client.connect(
      new StdioClientTransport({ command: process.execPath, args: [...NODE_ARGS, "mcp"], cwd: REPO_ROOT, env: BASE_ENV, stderr: "pipe" }),
    );
    return {
      client,
      source: (c) => ({ path: c.file, text: null, base64: null, filename: null, previousReportId: null }),
      stop: () => client.close(),
    };
  },
  async http() {
    const { child, url } = await startHttpChild([], { JIAOHE_MCP_TOKEN: TOKEN });
    const client = new Client({ name: "e2e-http", version: "1" });
    await client.connect(new StreamableHTTPClientTransport(url, { requestInit: { headers: { Authorization: `Bearer ${TOKEN}` } } }));
    return {
      client,
      source: (c) => ({
        path: null,
        text: null,
        base64: readFileSync(c.file).toString("base64"),
        filename: c.gold.source,
        previousReportId: null,
      }),
      stop: async () => {
        await client.close();
        child.kill("SIGTERM");
      },
    };
  },
};

describe.each(["stdio", "http"] as const)("jiaohe mcp over %s", (kind) => {
  let h: Harness;
  const ids = new Map<string, string>();
  beforeAll(async () => {
    h = await harnesses[kind]();
  });
  afterAll(() => h?.stop());

  it("describes itself: tools with schemas and annotations, resources, prompts, instructions", async () => {
    const { tools } = await h.client.listTools();
    const names = tools.map((t) => t.name);
    for (const n of ["parse_report", "list_findings", "explain_finding", "get_cells", "compute_figure", "render_table"]) expect(names).toContain(n);
    for (const t of tools) {
      expect(t.name).toMatch(/^[a-z][a-z0-9_]{0,31}$/);
      expect(t.title, t.name).toBeTruthy();
      expect(t.inputSchema.type).toBe("object");
      expect(t.outputSchema?.type, t.name).toBe("object");
      expect(t.annotations, t.name).toMatchObject({ readOnlyHint: expect.any(Boolean), openWorldHint: false });
      // Every argument is documented: the schema is all a model sees.
      for (const [arg, s] of Object.entries(t.inputSchema.properties ?? {}))
        expect((s as { description?: string }).description, `${t.name}.${arg}`).toBeTruthy();
    }
    // Every tool the server offers must have a case below, so none goes untested.
    expect(names.filter((n) => !(n in TOOL_CASES))).toEqual([]);
    expect((await h.client.listResources()).resources.map((r) => r.uri)).toEqual(
      expect.arrayContaining(["jiaohe://format/tables", "jiaohe://format/spec", "jiaohe://rules"]),
    );
    const rules = await h.client.readResource({ uri: "jiaohe://rules" });
    const catalogue = JSON.parse(String((rules.contents[0] as { text: string }).text)) as {
      rules: { id: string; messages: { zh: string }[]; examples: { message: string }[] }[];
    };
    expect(catalogue.rules.map((r) => r.id)).toEqual(expect.arrayContaining(["B1", "B2", "B3", "C1"]));
    for (const r of catalogue.rules) for (const m of r.messages) expect(m.zh, r.id).not.toBe("");
    // The bundled example (卢氏县 2024) has a row-sum error: B3 shows it as a worked example.
    expect(catalogue.rules.find((r) => r.id === "B3")?.examples.length).toBeGreaterThan(0);
    expect((await h.client.listPrompts()).prompts.map((p) => p.name).sort()).toEqual(["draft_section", "explain_finding", "review_report"]);
    expect(h.client.getInstructions()).toContain("绝不编造数字");
  });

  it.each(CASES.map((c) => [c.stem, c] as const))("parse_report + get_cells match the gold cells of %s", async (_stem, c) => {
    const parsed = await callOk(h.client, "parse_report", h.source(c));
    expect(parsed.reportId).toMatch(/^rpt_/);
    ids.set(c.stem, String(parsed.reportId));
    expect(parsed.year).toBe(c.gold.year);
    expect(parsed.format).toBe("2021");
    expect(parsed.tablesFound).toEqual(expect.arrayContaining(["active", "applications", "review"]));

    // get_cells caps one call at 120 cells: ask by table, the 175-cell table in two halves of rows.
    const rows = APPLICATION_ROWS.map((r) => `applications.${r.key}`);
    const cells = new Map<string, number | null>();
    for (const ask of [["active", "review", "litigation_direct", "litigation_after_review"], rows.slice(0, 13), rows.slice(13)]) {
      const got = await callOk(h.client, "get_cells", { reportId: parsed.reportId, cells: ask });
      expect(got.unknown).toEqual([]);
      for (const x of got.cells as { id: string; value: number | null }[]) cells.set(x.id, x.value);
    }
    expect(cells.size).toBe(ALL_CELL_IDS.length);
    const wrong: string[] = [];
    for (const id of ALL_CELL_IDS) {
      const want = c.gold.cells[id];
      if (want === undefined) continue;
      if (cells.get(id) !== want) wrong.push(`${id}: gold ${want}, got ${cells.get(id)}`);
    }
    expect(wrong).toEqual([]);

    // The loaded report's tables are a resource now.
    const res = await h.client.readResource({ uri: `jiaohe://reports/${parsed.reportId}/tables` });
    const tables = JSON.parse(String((res.contents[0] as { text: string }).text)) as {
      tables: { id: string; rows: { key: string; cells: Record<string, { id: string; value: number | null }> }[] }[];
    };
    const b = tables.tables.find((t) => t.id === "applications");
    expect(b?.rows.find((r) => r.key === "granted")?.cells.total?.value).toBe(c.gold.cells["applications.granted.total"]);
  });

  it.each(CASES.map((c) => [c.stem, c] as const))("list_findings + explain_finding find the gold's expected problems in %s", async (_stem, c) => {
    const reportId = ids.get(c.stem) ?? String((await callOk(h.client, "parse_report", h.source(c))).reportId);
    const items: { index: number; family: string; cells: string[]; severity: string }[] = [];
    let cursor: string | null = null;
    do {
      const page = await callOk(h.client, "list_findings", { reportId, severity: null, family: null, cursor, limit: 50 });
      items.push(...(page.items as typeof items));
      cursor = page.nextCursor as string | null;
    } while (cursor);

    const matches = (fam: string, cells: string[]) =>
      items.filter((f) => f.family === fam && (cells.length === 0 || f.cells.some((x) => cells.includes(x))));
    const missing = c.gold.expected_findings.filter((e) => !e.optional && matches(e.family, e.cells).length === 0);
    expect(missing.map((e) => `${e.family} ${e.cells.slice(0, 2).join(",")}`)).toEqual([]);
    // Arithmetic errors the gold does not list are false positives.
    const extra = items.filter(
      (f) =>
        ARITHMETIC.has(f.family) &&
        f.severity === "error" &&
        !c.gold.expected_findings.some((e) => e.family === f.family && f.cells.some((x) => e.cells.includes(x))),
    );
    expect(extra.map((f) => `${f.family} ${f.cells.join(",")}`)).toEqual([]);

    for (const f of items.slice(0, 3)) {
      const ex = await callOk(h.client, "explain_finding", { reportId, finding: String(f.index) });
      expect(ex.index).toBe(f.index);
      expect(ex.family).toBe(f.family);
      expect(String(ex.what).length).toBeGreaterThan(0);
      // The numbers it explains with are the report's numbers, as the gold reads them.
      for (const cell of ex.cells as { id: string; value: number | null }[]) {
        const want = c.gold.cells[cell.id];
        if (want !== undefined) expect(cell.value, cell.id).toBe(want);
      }
    }
  });

  it.each(CASES.map((c) => [c.stem, c] as const))("compute_figure and render_table use the gold values of %s", async (_stem, c) => {
    const reportId = ids.get(c.stem) ?? String((await callOk(h.client, "parse_report", h.source(c))).reportId);
    for (const row of ["new", "granted", "total"]) {
      const a = APPLICATION_COLUMNS.filter((col) => col.key !== "total").map((col) => `applications.${row}.${col.key}`);
      const fig = await callOk(h.client, "compute_figure", { reportId, op: "sum", a, b: [], label: null });
      const vals = a.map((id) => c.gold.cells[id]);
      const want = vals.some((v) => v === null || v === undefined) ? null : vals.reduce<number>((s, v) => s + (v ?? 0), 0);
      expect(fig.value, row).toBe(want);
    }
    const md = await callOk(h.client, "render_table", { reportId, table: "applications", format: "markdown", markFindings: false });
    const lines = String(md.text).split("\n").filter((l) => l.startsWith("|"));
    for (const row of APPLICATION_ROWS) {
      const line = lines.find((l) => l.split("|")[1]?.trim() === row.label);
      expect(line, row.label).toBeDefined();
      const printed = (line ?? "").split("|").slice(2, 2 + APPLICATION_COLUMNS.length).map((s) => s.trim());
      APPLICATION_COLUMNS.forEach((col, i) => {
        const want = c.gold.cells[`applications.${row.key}.${col.key}`];
        const cell = printed[i] ?? "";
        if (typeof want === "number") expect(Number(cell.replace(/,/g, "")), `${row.key}.${col.key}`).toBe(want);
        else expect(cell, `${row.key}.${col.key}`).not.toMatch(/^\d/);
      });
    }
    for (const table of ["active", "review"]) {
      const r = await callOk(h.client, "render_table", { reportId, table, format: "text" });
      expect(String(r.text).length).toBeGreaterThan(0);
    }
  });

  it.each(CASES.map((c) => [c.stem, c] as const))("draft_section_data offers the gold figures of %s", async (_stem, c) => {
    const reportId = ids.get(c.stem) ?? String((await callOk(h.client, "parse_report", h.source(c))).reportId);
    for (const section of ["overview", "problems"]) {
      const d = await callOk(h.client, "draft_section_data", { reportId, section, notes: null });
      expect(Array.isArray(d.outline) && d.outline.length > 0).toBe(true);
      for (const f of d.facts as { slot: string; value: number | null }[]) {
        const id = /^\{\{([a-z_.]+)\}\}$/.exec(f.slot)?.[1];
        if (id && c.gold.cells[id] !== undefined) expect(f.value, id).toBe(c.gold.cells[id]);
      }
    }
    const overview = await callOk(h.client, "draft_section_data", { reportId, section: "overview", notes: null });
    const slots = (overview.facts as { slot: string }[]).map((f) => f.slot);
    expect(slots).toContain("{{applications.new.total}}");
  });

  it("answers bad arguments, unknown ids and unreadable input with tool errors and keeps serving", async () => {
    const unknown = await call(h.client, "list_findings", { reportId: "rpt_nope", severity: null, family: null, cursor: null, limit: null });
    expect(unknown.isError).toBe(true);
    expect(text(unknown)).toContain("rpt_nope");
    const badArgs = await call(h.client, "get_cells", { reportId: 42 });
    expect(badArgs.isError).toBe(true);
    const empty = await call(h.client, "parse_report", { path: null, text: null, base64: Buffer.from("").toString("base64") || "AA==", filename: "x.txt", previousReportId: null });
    expect(empty.isError).toBe(true);
    const garbage = await call(h.client, "parse_report", {
      path: null,
      text: null,
      base64: Buffer.from([0, 1, 2, 3, 255, 254, 0, 7]).toString("base64"),
      filename: "x.bin",
      previousReportId: null,
    });
    expect(garbage.isError).toBe(true);
    const missing = await call(h.client, "parse_report", { path: "/no/such/report.txt", text: null, base64: null, filename: null, previousReportId: null });
    expect(missing.isError).toBe(true);
    expect(text(missing)).toMatch(kind === "http" ? /path-not-allowed/ : /找不到文件/);
    await expect(h.client.readResource({ uri: "jiaohe://reports/rpt_nope/tables" })).rejects.toThrow(/rpt_nope/);
    expect((await h.client.listTools()).tools.length).toBeGreaterThan(0);
  });
});

/** Arguments per tool are built above; this is the list the "every tool has a case" check uses. */
const TOOL_CASES: Record<string, true> = {
  parse_report: true,
  get_cells: true,
  list_findings: true,
  explain_finding: true,
  compute_figure: true,
  render_table: true,
  draft_section_data: true,
};

describe("jiaohe mcp over HTTP: transport rules", () => {
  let child: ChildProcessWithoutNullStreams;
  let url: URL;
  beforeAll(async () => {
    ({ child, url } = await startHttpChild(["--token", TOKEN, "--files-root", SEEDS_DIR], {}));
  });
  afterAll(() => {
    child?.kill("SIGTERM");
  });
  const post = (body: string, headers: Record<string, string>) =>
    fetch(url, { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json, text/event-stream", ...headers }, body });

  it("refuses a missing or wrong token with 401", async () => {
    const init = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "x", version: "1" } } });
    expect((await post(init, {})).status).toBe(401);
    expect((await post(init, { Authorization: "Bearer not-it" })).status).toBe(401);
    expect((await post(init, { Authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    const client = new Client({ name: "x", version: "1" });
    await expect(client.connect(new StreamableHTTPClientTransport(url, { requestInit: { headers: { Authorization: "Bearer not-it" } } }))).rejects.toThrow();
  });

  it("answers malformed JSON with a JSON-RPC parse error", async () => {
    const r = await post("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\":", { Authorization: `Bearer ${TOKEN}` });
    expect(r.status).toBe(400);
    expect(await r.json()).toMatchObject({ jsonrpc: "2.0", id: null, error: { code: -32700 } });
  });

  it("reads server paths only inside --files-root", async () => {
    const client = new Client({ name: "x", version: "1" });
    await client.connect(new StreamableHTTPClientTransport(url, { requestInit: { headers: { Authorization: `Bearer ${TOKEN}` } } }));
    const c = CASES[0];
    if (!c) throw new Error("no seeds");
    const inside = await callOk(client, "parse_report", { path: c.gold.source });
    expect(inside.year).toBe(c.gold.year);
    expect(await client.listResources().then((r) => r.resources.map((x) => x.uri))).toContain(`jiaohe://reports/${inside.reportId}/tables`);
    for (const path of [join(GOLD_DIR, `${c.stem}.json`), "../gold/README.md", "/etc/hostname"]) {
      const r = await call(client, "parse_report", { path });
      expect(r.isError, path).toBe(true);
      expect(text(r), path).toMatch(/path-not-allowed|找不到文件/);
    }
    await client.close();
  });

  it("reads a derived .docx sent as base64 to the seed's gold values", async () => {
    const c = CASES.find((x) => x.stem.startsWith("000_"));
    if (!c) throw new Error("seed 000 missing");
    const client = new Client({ name: "x", version: "1" });
    await client.connect(new StreamableHTTPClientTransport(url, { requestInit: { headers: { Authorization: `Bearer ${TOKEN}` } } }));
    const file = join(CORPUS_DERIVED, `${c.stem}.docx`);
    const parsed = await callOk(client, "parse_report", {
      path: null,
      text: null,
      base64: readFileSync(file).toString("base64"),
      filename: `${c.stem}.docx`,
      previousReportId: null,
    });
    expect(parsed.sourceKind).toBe("docx");
    const got = await callOk(client, "get_cells", { reportId: parsed.reportId, cells: ["applications.new", "applications.total"] });
    for (const cell of got.cells as { id: string; value: number | null }[]) expect(cell.value, cell.id).toBe(c.gold.cells[cell.id]);
    await client.close();
  });
});

describe("jiaohe mcp over stdio: malformed JSON-RPC on the wire", () => {
  it("answers a bad line with a parse error and keeps serving the next request", async () => {
    const child = spawn(process.execPath, [...NODE_ARGS, "mcp"], { cwd: REPO_ROOT, env: BASE_ENV });
    const lines: unknown[] = [];
    let buf = "";
    child.stdout.on("data", (c: Buffer) => {
      buf += c.toString("utf8");
      let nl: number;
      while ((nl = buf.indexOf("\n")) !== -1) {
        lines.push(JSON.parse(buf.slice(0, nl)));
        buf = buf.slice(nl + 1);
      }
    });
    const waitFor = async (n: number) => {
      for (let i = 0; i < 900 && lines.length < n; i++) await new Promise((r) => setTimeout(r, 50));
    };
    child.stdin.write("this is not json\n");
    await waitFor(1);
    expect(lines[0]).toMatchObject({ jsonrpc: "2.0", id: null, error: { code: -32700 } });
    child.stdin.write(JSON.stringify({ jsonrpc: "2.0", id: 5, method: "no/such/method" }) + "\n");
    await waitFor(2);
    expect(lines[1]).toMatchObject({ jsonrpc: "2.0", id: 5, error: { code: -32601 } });
    child.stdin.write(
      JSON.stringify({ jsonrpc: "2.0", id: 6, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } } }) + "\n",
    );
    await waitFor(3);
    expect(lines[2]).toMatchObject({ jsonrpc: "2.0", id: 6, result: { serverInfo: { name: "jiaohe" } } });
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
    child.stdin.end();
    expect(await exited).toBe(0);
  }, 90_000);
});
