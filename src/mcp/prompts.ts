// MCP prompts: ready-made requests a user can pick in the client. Texts are files in prompts/.
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { GetPromptResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { fill, promptText } from "./text.js";

const SECTIONS: Record<string, string> = {
  "一": "一、总体情况",
  "五": "五、存在的主要问题及改进情况",
};

const user = (text: string): GetPromptResult => ({ messages: [{ role: "user", content: { type: "text", text } }] });

/** `tools` is the served list ("name：title" lines), so the texts never name a tool that does not exist. */
export function registerPrompts(server: McpServer, tools: string): void {
  server.registerPrompt(
    "review_report",
    {
      title: "审阅这份年报",
      description: "逐项核对一份政府信息公开工作年度报告：表格勾稽、格式与文字，并给出修改意见。",
      argsSchema: {
        report: z.string().optional().describe("年报编号（已载入时），或年报文件路径；留空则先请用户提供"),
      },
    },
    ({ report }) => user(fill(promptText("mcp-review-report"), { report: report?.trim() || "（尚未提供，请先请用户提供年报）", tools })),
  );
  server.registerPrompt(
    "draft_section",
    {
      title: "起草第一或第五部分",
      description: "依据已载入年报的表格数字，起草“一、总体情况”或“五、存在的主要问题及改进情况”。",
      argsSchema: {
        report: z.string().describe("已载入年报的编号，或年报文件路径"),
        section: z.enum(["一", "五"]).describe("要起草的部分：一（总体情况）或 五（存在的主要问题及改进情况）"),
      },
    },
    ({ report, section }) =>
      user(fill(promptText("mcp-draft-section"), { report, section: SECTIONS[section] ?? section, tools })),
  );
  server.registerPrompt(
    "explain_finding",
    {
      title: "解释第 N 条问题",
      description: "解释核对结果中的第 N 条问题：哪里不对、怎么算的、应当怎样改。",
      argsSchema: {
        report: z.string().describe("已载入年报的编号，或年报文件路径"),
        n: z.string().regex(/^\d+$/, "N 应为正整数").describe("问题序号（从 1 开始，按核对结果的顺序）"),
      },
    },
    ({ report, n }) => user(fill(promptText("mcp-explain-finding"), { report, n, tools })),
  );
}
