import { z } from "zod";
import { defineTool, READ_ONLY } from "./define.js";
import { lookup, ok, type ToolDeps } from "./deps.js";
import { renderTable } from "./tables.js";

export const RenderTableInput = z.object({
  reportId: z.string().describe("parse_report 返回的年报编号 / the reportId from parse_report"),
  table: z.enum(["all", "active", "applications", "review"]).describe("all 三张表；active 主动公开表；applications 收到和处理申请表；review 复议诉讼表"),
  format: z.enum(["markdown", "html", "text"]).describe("输出格式 / output format"),
  markFindings: z.boolean().nullable().describe("是否在单元格上标出问题序号，默认 true / mark finding numbers on their cells (default true)"),
});

export const RenderTableOutput = z.object({
  table: z.string().describe("表名 / table id"),
  format: z.string().describe("输出格式 / format"),
  text: z.string().describe("按标准格式排好的表格，原样展示，不要改写 / the table in the standard layout; show as is, never rewrite"),
});

export default defineTool({
  name: "render_table",
  title: "排出表格 / Render a table",
  description: {
    zh: "按 2021 年标准格式排出年报的某一张表（Markdown、HTML 或纯文本），数值取自解析结果。起草二、三、四部分或展示表格时使用，表格内容不要自己写。",
    en: "Renders one of the report's three tables in the 2021 standard layout (Markdown, HTML or text) from the parsed values. Use it for sections 二、三、四 and whenever a table is shown; never write a table yourself.",
  },
  input: RenderTableInput,
  output: RenderTableOutput,
  annotations: READ_ONLY,
  async run(input, deps: ToolDeps) {
    const got = lookup(deps, input.reportId);
    if ("error" in got) return got.error;
    return ok({ table: input.table, format: input.format, text: renderTable(got.entry.report, input.table, input.format, input.markFindings === false ? [] : got.entry.findings) });
  },
});
