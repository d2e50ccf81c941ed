// Every tool against the seeds' hand-made gold: values, derived figures, paging, errors, and the
// shape rules the agent and the MCP server rely on (flat, described, strict-compatible schemas).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ALL_CELL_IDS, APPLICATION_COLUMN_KEYS } from "../src/model/cells.js";
import { seedCases } from "../test/helpers/gold.js";
import { TOOLS, createToolDeps, findTool, normalizeArgs, resolveSlot, type ToolDeps } from "./index.js";

const seeds = seedCases();
const seed = (p: string) => seeds.find((c) => c.stem.startsWith(p))!;

async function call<T = Record<string, unknown>>(deps: ToolDeps, name: string, args: Record<string, unknown>) {
  const t = findTool(name);
  if (!t) throw new Error(name);
  const input = t.input.parse(normalizeArgs(t, args));
  const r = await t.run(input, deps);
  if (r.ok) t.output.parse(r.value); // every result matches its declared output schema
  return r as { ok: true; value: T } | { ok: false; error: { code: string; message: string; hint?: string } };
}

async function parsed(stem: string, deps = createToolDeps({ fileAccess: "any" })) {
  const r = await call<{ reportId: string }>(deps, "parse_report", { path: seed(stem).file });
  if (!r.ok) throw new Error(r.error.message);
  return { deps, id: r.value.reportId };
}

describe("tool definitions", () => {
  it("have unique snake_case names, zh+en descriptions, described flat inputs that work as strict JSON Schema", () => {
    expect(new Set(TOOLS.map((t) => t.name)).size).toBe(TOOLS.length);
    for (const t of TOOLS) {
      expect(t.name).toMatch(/^[a-z][a-z0-9_]{2,31}$/);
      expect(t.description.zh.length).toBeGreaterThan(20);
      expect(t.description.en.length).toBeGreaterThan(20);
      expect(t.annotations.readOnlyHint).toBe(true);
      const schema = z.toJSONSchema(t.input) as { type: string; properties: Record<string, { description?: string; type?: unknown; anyOf?: unknown[] }>; required: string[]; additionalProperties: boolean };
      expect(schema.type).toBe("object");
      expect(schema.additionalProperties).toBe(false);
      // strict mode: every property required (optional ones are nullable)
      expect(schema.required.sort()).toEqual(Object.keys(schema.properties).sort());
      for (const [k, p] of Object.entries(schema.properties)) {
        expect(p.description, `${t.name}.${k}`).toBeTruthy();
        expect(JSON.stringify(p), `${t.name}.${k} is flat`).not.toContain('"properties"');
      }
      expect(() => z.toJSONSchema(t.output)).not.toThrow();
    }
  });
});

describe("parse_report", () => {
  it("gives the same id for the same content by text, path or base64; summary from the gold", async () => {
    const c = seed("002");
    const deps = createToolDeps({ fileAccess: "any" });
    const bytes = readFileSync(c.file);
    const byPath = await call<{ reportId: string; issuer: string; year: number; tablesFound: string[] }>(deps, "parse_report", { path: c.file });
    const byB64 = await call<{ reportId: string }>(deps, "parse_report", { base64: bytes.toString("base64"), filename: "x.txt" });
    const byText = await call<{ reportId: string }>(deps, "parse_report", { text: bytes.toString("utf8") });
    if (!byPath.ok || !byB64.ok || !byText.ok) throw new Error("parse failed");
    expect(byB64.value.reportId).toBe(byPath.value.reportId);
    expect(byPath.value.issuer).toBe(c.gold.issuer);
    expect(byPath.value.year).toBe(c.gold.year);
    expect(byPath.value.tablesFound).toEqual(["active", "applications", "review"]);
    expect(deps.store.ids()).toContain(byText.value.reportId);
  });

  it("refuses paths when file access is off or outside the roots, and wants exactly one source", async () => {
    const none = createToolDeps({ fileAccess: "none" });
    const r = await call(none, "parse_report", { path: seed("001").file });
    expect(r.ok || r.error.code).toBe("path-not-allowed");
    const rooted = createToolDeps({ fileAccess: { roots: [resolve(seed("001").file, "..")] } });
    expect((await call(rooted, "parse_report", { path: seed("001").file })).ok).toBe(true);
    const outside = await call(rooted, "parse_report", { path: "/etc/passwd" });
    expect(outside.ok || outside.error.code).toBe("path-not-allowed");
    const two = await call(none, "parse_report", { text: "x", base64: "eA==" });
    expect(two.ok || two.error.code).toBe("bad-arguments");
  });

  it("returns bad input as a structured error, not a throw", async () => {
    const deps = createToolDeps({ fileAccess: "any" });
    const missing = await call(deps, "parse_report", { path: "/nonexistent/report.txt" });
    expect(missing.ok || missing.error.code).toBe("input-not-found");
    const empty = await call(deps, "parse_report", { base64: "", filename: "a.txt" });
    expect(empty.ok).toBe(false);
    const junk = await call(deps, "parse_report", { base64: "!!!", filename: "a.txt" });
    expect(junk.ok || junk.error.code).toBe("bad-arguments");
  });
});

describe("get_cells", () => {
  it("returns every cell of every seed as the gold has it, with labels and slots", async () => {
    for (const c of seeds) {
      const { deps, id } = await parsed(c.stem);
      const r = await call<{ cells: { id: string; value: number | null; slot: string; row: string }[] }>(deps, "get_cells", {
        reportId: id,
        cells: ["active", "review", "litigation_direct", "litigation_after_review"],
      });
      if (!r.ok) throw new Error(r.error.message);
      for (const cell of r.value.cells) {
        expect(cell.value, `${c.stem} ${cell.id}`).toBe(c.gold.cells[cell.id] ?? null);
        expect(cell.slot).toBe(`{{${cell.id}}}`);
      }
      const apps = await call<{ cells: { id: string; value: number | null }[] }>(deps, "get_cells", { reportId: id, cells: ["applications.granted", "applications.total"] });
      if (!apps.ok) throw new Error(apps.error.message);
      expect(apps.value.cells).toHaveLength(2 * APPLICATION_COLUMN_KEYS.length);
      for (const cell of apps.value.cells) expect(cell.value, `${c.stem} ${cell.id}`).toBe(c.gold.cells[cell.id] ?? null);
    }
  });

  it("names unknown ids and refuses too broad a query", async () => {
    const { deps, id } = await parsed("001");
    const r = await call<{ unknown: string[] }>(deps, "get_cells", { reportId: id, cells: ["applications.new.total", "nonsense.cell"] });
    expect(r.ok && r.value.unknown).toEqual(["nonsense.cell"]);
    const all = await call(deps, "get_cells", { reportId: id, cells: ["applications"] });
    expect(all.ok || all.error.code).toBe("too-many-cells");
    const bad = await call(deps, "get_cells", { reportId: "rpt_nope", cells: ["review"] });
    expect(bad.ok || bad.error.hint).toContain(id);
  });
});

describe("compute_figure", () => {
  it("sums, differences and shares from the gold, with inputs recorded and a slot that resolves", async () => {
    const c = seed("002");
    const { deps, id } = await parsed("002");
    const denied = Object.keys(c.gold.cells).filter((k) => k.startsWith("applications.denied.") && k.endsWith(".total"));
    const want = denied.reduce((s, k) => s + (c.gold.cells[k] ?? 0), 0);
    const r = await call<{ value: number; slot: string; inputs: { ref: string; value: number }[]; formatted: string }>(deps, "compute_figure", {
      reportId: id, op: "sum", a: denied, b: [], label: "不予公开合计",
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.value).toBe(want);
    expect(r.value.inputs.map((i) => i.ref)).toEqual(denied);
    expect(r.value.formatted).toBe(`${want}件`);
    const entry = deps.store.get(id)!;
    expect(resolveSlot(deps.store, entry, r.value.slot.slice(2, -2))?.value).toBe(want);

    const g = (k: string) => c.gold.cells[k] ?? 0;
    const share = await call<{ value: number; unit: string; formatted: string }>(deps, "compute_figure", {
      reportId: id, op: "share", a: ["applications.granted.total"], b: ["applications.total.total"], label: null,
    });
    if (!share.ok) throw new Error(share.error.message);
    expect(share.value.value).toBeCloseTo((g("applications.granted.total") / g("applications.total.total")) * 100, 10);
    expect(share.value.unit).toBe("%");
    const diff = await call<{ value: number }>(deps, "compute_figure", {
      reportId: id, op: "difference", a: ["applications.new.total"], b: ["applications.carried_forward.total"], label: null,
    });
    expect(diff.ok && diff.value.value).toBe(g("applications.new.total") - g("applications.carried_forward.total"));
  });

  it("computes year-on-year figures against the previous report, and says when there is none", async () => {
    const deps = createToolDeps({ fileAccess: "any" });
    const prev = await call<{ reportId: string }>(deps, "parse_report", { path: seed("001").file });
    if (!prev.ok) throw new Error("prev");
    const cur = await call<{ reportId: string }>(deps, "parse_report", { path: seed("002").file, previousReportId: prev.value.reportId });
    if (!cur.ok) throw new Error("cur");
    const a = seed("002").gold.cells["applications.new.total"] ?? 0;
    const b = seed("001").gold.cells["applications.new.total"] ?? 0;
    const yoy = await call<{ value: number }>(deps, "compute_figure", { reportId: cur.value.reportId, op: "yoy_change", a: ["applications.new.total"], b: [], label: null });
    expect(yoy.ok && yoy.value.value).toBe(a - b);
    const pct = await call<{ value: number; unit: string }>(deps, "compute_figure", { reportId: cur.value.reportId, op: "yoy_change_pct", a: ["applications.new.total"], b: [], label: null });
    expect(pct.ok && pct.value.value).toBeCloseTo(((a - b) / b) * 100, 10);
    const entry = deps.store.get(cur.value.reportId)!;
    expect(resolveSlot(deps.store, entry, "prev:applications.new.total")?.value).toBe(b);
    const none = await call(deps, "compute_figure", { reportId: prev.value.reportId, op: "yoy_change", a: ["applications.new.total"], b: [], label: null });
    expect(none.ok || none.error.code).toBe("no-previous-report");
    const mixed = await call(deps, "compute_figure", { reportId: prev.value.reportId, op: "sum", a: ["applications.new.total", "active.fees.amount_wan_yuan"], b: [], label: null });
    expect(mixed.ok || mixed.error.code).toBe("mixed-units");
  });
});

describe("list_findings and explain_finding", () => {
  it("list the findings that cover the gold's families, page with a cursor, and explain one by index or id", async () => {
    const c = seed("002");
    const { deps, id } = await parsed("002");
    const all = await call<{ total: number; items: { index: number; id: string; family: string; cells: string[] }[]; nextCursor: string | null }>(deps, "list_findings", { reportId: id });
    if (!all.ok) throw new Error(all.error.message);
    for (const g of c.gold.expected_findings.filter((f) => !f.optional))
      expect(all.value.items.some((f) => f.family === g.family && g.cells.every((x) => f.cells.includes(x))), `${g.family} ${g.cells}`).toBe(true);
    const page1 = await call<{ items: { index: number }[]; nextCursor: string | null }>(deps, "list_findings", { reportId: id, limit: 2 });
    if (!page1.ok || !page1.value.nextCursor) throw new Error("paging");
    const page2 = await call<{ items: { index: number }[] }>(deps, "list_findings", { reportId: id, limit: 2, cursor: page1.value.nextCursor });
    expect(page2.ok && page2.value.items[0]?.index).not.toBe(page1.value.items[0]?.index);
    const bad = await call(deps, "list_findings", { reportId: id, cursor: "999" });
    expect(bad.ok || bad.error.code).toBe("bad-cursor");

    const rowSum = all.value.items.find((f) => f.family === "row-sum" && f.cells.includes("applications.granted.total"))!;
    const byIndex = await call<{ id: string; cells: { id: string; value: number | null }[]; arithmetic: string | null; fix: string[] }>(deps, "explain_finding", { reportId: id, finding: String(rowSum.index) });
    const byId = await call<{ id: string }>(deps, "explain_finding", { reportId: id, finding: rowSum.id });
    if (!byIndex.ok || !byId.ok) throw new Error("explain");
    expect(byId.value.id).toBe(byIndex.value.id);
    expect(byIndex.value.cells.find((x) => x.id === "applications.granted.total")?.value).toBe(c.gold.cells["applications.granted.total"]);
    expect(byIndex.value.arithmetic).toContain(String(c.gold.cells["applications.granted.total"]));
    expect(byIndex.value.fix.length).toBeGreaterThan(0);
    const none = await call(deps, "explain_finding", { reportId: id, finding: "999" });
    expect(none.ok || none.error.code).toBe("unknown-finding");
  });
});

describe("render_table and draft_section_data", () => {
  it("render the tables with the gold values", async () => {
    const c = seed("001");
    const { deps, id } = await parsed("001");
    const r = await call<{ text: string }>(deps, "render_table", { reportId: id, table: "applications", format: "markdown" });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.text).toContain("收到和处理政府信息公开申请情况");
    expect(r.value.text).not.toContain("主动公开政府信息情况表");
    expect(r.value.text).toMatch(new RegExp(`新收政府信息公开申请数量 \\| ${c.gold.cells["applications.new.natural"]} \\|`));
    const html = await call<{ text: string }>(deps, "render_table", { reportId: id, table: "all", format: "html" });
    expect(html.ok && html.value.text).toContain("<table");
  });

  it("gives facts whose values are the gold's, and turns numbers in notes and report text into slots", async () => {
    const c = seed("002");
    const { deps, id } = await parsed("002");
    const r = await call<{ facts: { slot: string; value: number | null }[]; notes: string; currentText: string | null }>(deps, "draft_section_data", {
      reportId: id, section: "overview", notes: "全年培训3次，三千八百人次参加。",
    });
    if (!r.ok) throw new Error(r.error.message);
    const entry = deps.store.get(id)!;
    for (const f of r.value.facts) {
      const name = f.slot.slice(2, -2);
      if (ALL_CELL_IDS.includes(name)) expect(f.value, name).toBe(c.gold.cells[name] ?? null);
      expect(resolveSlot(deps.store, entry, name)?.value).toBe(f.value);
    }
    expect(r.value.notes).toBe("全年培训{{note.1}}次，{{note.2}}人次参加。");
    expect(resolveSlot(deps.store, entry, "note.2")?.formatted).toBe("三千八百");
    expect(r.value.currentText).toMatch(/\{\{text\.overview\.\d+\}\}/);
    expect(r.value.currentText).not.toMatch(/受理依申请公开办理件 99 件/);
  });
});
