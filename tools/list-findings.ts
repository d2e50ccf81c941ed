import { z } from "zod";
import { FAMILIES, SEVERITY_ORDER } from "../src/model/finding.js";
import { defineTool, READ_ONLY } from "./define.js";
import { fail, lookup, ok, type ToolDeps } from "./deps.js";

export const ListFindingsInput = z.object({
  reportId: z.string().describe("parse_report 返回的年报编号 / the reportId from parse_report"),
  severity: z.enum(["error", "warning", "info"]).nullable().describe("只看某一级别；null 为全部 / filter by severity, null for all"),
  family: z.enum(FAMILIES).nullable().describe("只看某一类问题（如 row-sum、balance）；null 为全部 / filter by family"),
  cursor: z.string().nullable().describe("上一页返回的 nextCursor；首页为 null / nextCursor of the previous page"),
  limit: z.number().int().min(1).max(50).nullable().describe("每页条数，默认 20 / page size, default 20"),
});

/** The fields every tool reports for a finding (list_findings items, explain_finding). */
export const FindingHeadSchema = z.object({
  index: z.number().describe("序号（1 起，全部问题中的位置，跨页不变）/ 1-based position among all findings"),
  id: z.string().describe("稳定编号 / stable finding id"),
  rule: z.string().describe("规则编号 / rule id"),
  family: z.string().describe("问题类别 / family"),
  severity: z.string().describe("error | warning | info"),
  message: z.string().describe("一句话说明（中文）/ one-line message"),
});

export const FindingItemSchema = FindingHeadSchema.extend({
  cells: z.array(z.string()).describe("涉及的单元格编号 / cell ids concerned"),
  line: z.number().nullable().describe("所在行号 / line in the source"),
  slots: z.array(z.string()).describe("可在文字中引用的槽位（应为/实为/差额）/ slots for this finding's expected, actual and difference"),
});

export const ListFindingsOutput = z.object({
  total: z.number().describe("符合条件的问题总数 / findings matching the filter"),
  items: z.array(FindingItemSchema),
  nextCursor: z.string().nullable().describe("下一页的 cursor；null 表示没有更多 / cursor of the next page, null at the end"),
});

export default defineTool({
  name: "list_findings",
  title: "列出核对问题 / List findings",
  description: {
    zh: "列出一份年报核对出的问题（按严重程度排序），可按级别、类别筛选并分页。每条给出序号、规则、涉及单元格和可引用的槽位。要看某一条的计算过程和修改建议，用 explain_finding。",
    en: "Lists the findings of a report, most severe first, filterable by severity and family, paged with a cursor. Each item has its index, rule, cells and slots; use explain_finding for the arithmetic and the fix.",
  },
  input: ListFindingsInput,
  output: ListFindingsOutput,
  annotations: READ_ONLY,
  async run(input, deps: ToolDeps) {
    const got = lookup(deps, input.reportId);
    if ("error" in got) return got.error;
    const all = got.entry.findings.map((f, i) => ({ f, index: i + 1 }));
    const filtered = all
      .filter(({ f }) => (input.severity ? f.severity === input.severity : true) && (input.family ? f.family === input.family : true))
      .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.index - b.index);
    const start = input.cursor ? Number(input.cursor) : 0;
    if (!Number.isInteger(start) || start < 0 || start > filtered.length)
      return fail("bad-cursor", `cursor「${input.cursor}」无效。`, "首页 cursor 传 null，之后传上一页返回的 nextCursor。");
    const limit = input.limit ?? 20;
    const page = filtered.slice(start, start + limit);
    return ok({
      total: filtered.length,
      items: page.map(({ f, index }) => ({
        index,
        id: f.id,
        rule: f.rule,
        family: f.family,
        severity: f.severity,
        message: f.message,
        cells: f.cells,
        line: f.location?.line ?? null,
        slots: (["expected", "actual", "difference"] as const).filter((k) => f[k] !== null).map((k) => `{{finding.${index}.${k}}}`),
      })),
      nextCursor: start + limit < filtered.length ? String(start + limit) : null,
    });
  },
});
