// Resources: the national format (tables, labels, a summary of the spec), the rule catalogue,
// and the tables of every report loaded in this process (jiaohe://reports/{id}/tables).
import { type McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { ReadResourceResult } from "@modelcontextprotocol/sdk/types.js";
import type { Report } from "../model/report.js";
import { type RuleInfo, ruleCatalogue, ruleEntryById } from "./catalogue.js";
import { formatLabels, formatTables, reportTables } from "./format.js";
import { promptText } from "./text.js";

/** Reports loaded by the tools in this process, by the id the tools hand out. */
export interface ReportCatalog {
  list(): { id: string; name: string }[];
  get(id: string): Report | undefined;
}

export type { RuleInfo };

export const URI = {
  tables: "jiaohe://format/tables",
  labels: "jiaohe://format/labels",
  spec: "jiaohe://format/spec",
  rules: "jiaohe://rules",
  rule: "jiaohe://rules/{id}",
  reportTables: "jiaohe://reports/{id}/tables",
} as const;

const json = (uri: URL, value: unknown): ReadResourceResult => ({
  contents: [{ uri: uri.href, mimeType: "application/json", text: JSON.stringify(value, null, 2) }],
});

export function registerResources(server: McpServer, reports: ReportCatalog, rules: readonly RuleInfo[]): void {
  server.registerResource(
    "format-tables",
    URI.tables,
    {
      title: "年报格式：三张表",
      description: "2021 年版年报格式的六个部分标题和三张表（主动公开、依申请公开、复议诉讼）：每行每列的标准文字及单元格编号。",
      mimeType: "application/json",
    },
    (uri) => json(uri, formatTables()),
  );
  server.registerResource(
    "format-labels",
    URI.labels,
    {
      title: "年报格式：单元格标签",
      description: "全部 200 个单元格编号及其所在表、行、列的标准文字。",
      mimeType: "application/json",
    },
    (uri) => json(uri, formatLabels()),
  );
  server.registerResource(
    "format-spec",
    URI.spec,
    {
      title: "年报格式与勾稽关系说明",
      description: "国办公开办函〔2021〕30号格式的要点：六个部分、三张表、勾稽关系和常见问题（摘要）。",
      mimeType: "text/markdown",
    },
    (uri) => ({ contents: [{ uri: uri.href, mimeType: "text/markdown", text: promptText("mcp-format-2021") }] }),
  );
  server.registerResource(
    "rules",
    URI.rules,
    {
      title: "核对规则目录",
      description: "jiaohe 的全部核对规则：编号、类别、严重程度、依据、说明、问题措辞模板，以及在示例年报上的实际例子。",
      mimeType: "application/json",
    },
    async (uri) => json(uri, await ruleCatalogue(rules)),
  );
  server.registerResource(
    "rule",
    new ResourceTemplate(URI.rule, {
      list: () => ({ resources: rules.map((r) => ({ uri: `jiaohe://rules/${encodeURIComponent(r.id)}`, name: `${r.id} ${r.title}` })) }),
      complete: { id: (v) => rules.map((r) => r.id).filter((id) => id.startsWith(v)) },
    }),
    { title: "核对规则", description: "一条核对规则的说明。", mimeType: "application/json" },
    async (uri, vars) => {
      const id = decodeURIComponent(String(vars.id));
      const rule = await ruleEntryById(rules, id);
      if (!rule) throw new Error(`没有编号为 ${id} 的规则；可用的编号见 ${URI.rules}`);
      return json(uri, rule);
    },
  );
  server.registerResource(
    "report-tables",
    new ResourceTemplate(URI.reportTables, {
      list: () => ({
        resources: reports.list().map((r) => ({
          uri: `jiaohe://reports/${encodeURIComponent(r.id)}/tables`,
          name: `${r.name}：三张表`,
          mimeType: "application/json",
        })),
      }),
      complete: { id: (v) => reports.list().map((r) => r.id).filter((id) => id.startsWith(v)) },
    }),
    {
      title: "已载入年报的表格",
      description: "已用工具解析过的一份年报的三张表：每个单元格的数值和读取状态。",
      mimeType: "application/json",
    },
    (uri, vars) => {
      const id = decodeURIComponent(String(vars.id));
      const report = reports.get(id);
      if (!report) {
        const known = reports.list().map((r) => r.id);
        throw new Error(
          `没有编号为 ${id} 的年报。${known.length ? `已载入的编号：${known.join("、")}` : "尚未载入任何年报：请先用解析工具读入一份年报。"}`,
        );
      }
      return json(uri, reportTables(id, report));
    },
  );
}
