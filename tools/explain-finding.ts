import { z } from "zod";
import { defineTool, READ_ONLY } from "./define.js";
import { CellInfoSchema, cellInfo } from "./cell-info.js";
import { fail, lookup, ok, type ToolDeps } from "./deps.js";
import { explainOne } from "./explanation.js";
import { FindingHeadSchema } from "./list-findings.js";

export const ExplainFindingInput = z.object({
  reportId: z.string().describe("parse_report 返回的年报编号 / the reportId from parse_report"),
  finding: z.string().describe("问题的序号（如 \"3\"，即第3条）或稳定编号 id / the finding's 1-based index (\"3\") or its id"),
});

export const ExplainFindingOutput = FindingHeadSchema.extend({
  title: z.string().describe("标题 / headline"),
  what: z.string().describe("哪里有问题（表、行、列）/ what is wrong, where"),
  why: z.string().describe("依据的勾稽关系或规则 / the rule in words"),
  arithmetic: z.string().nullable().describe("计算过程（含数字，仅供理解，写入文字时用槽位）/ the arithmetic, numbers included (write slots, not these numbers)"),
  causes: z.array(z.string()).describe("可能原因，最可能的在前 / likely causes, best first"),
  fix: z.array(z.string()).describe("建议核查或修改之处 / what to check or change"),
  assumptions: z.array(z.string()).describe("计算时的假定 / assumptions made"),
  cells: z.array(CellInfoSchema).describe("涉及的单元格及其槽位 / the cells concerned, with slots"),
  slots: z.array(z.string()).describe("本条的应为/实为/差额槽位 / slots for expected, actual and difference"),
  line: z.number().nullable().describe("所在行号 / line in the source"),
});

export default defineTool({
  name: "explain_finding",
  title: "解释一条问题 / Explain a finding",
  description: {
    zh: "解释某一条核对问题：哪张表哪一行哪一列、依据哪条勾稽关系、计算过程、可能原因和修改建议，并给出涉及单元格的数值、行号和槽位。回答“为什么不平”“第N条怎么改”时使用。",
    en: "Explains one finding: which table, row and column, which identity it breaks, the arithmetic, likely causes and the fix, with the cells concerned (values, lines, slots). Use it for 'why does this not add up' and 'how do I fix item N'.",
  },
  input: ExplainFindingInput,
  output: ExplainFindingOutput,
  annotations: READ_ONLY,
  async run(input, deps: ToolDeps) {
    const got = lookup(deps, input.reportId);
    if ("error" in got) return got.error;
    const { entry } = got;
    const key = input.finding.trim().replace(/^第|条$/g, "");
    const index = /^\d+$/.test(key) ? Number(key) : entry.findings.findIndex((f) => f.id === key) + 1;
    if (!(index >= 1 && index <= entry.findings.length)) {
      return fail(
        "unknown-finding",
        `没有第「${input.finding}」条问题。`,
        entry.findings.length ? `序号范围 1–${entry.findings.length}；也可用 list_findings 查看编号。` : "这份年报没有核对出问题。",
      );
    }
    const f = entry.findings[index - 1];
    if (!f) return fail("unknown-finding", `没有第「${input.finding}」条问题。`);
    const ex = explainOne(entry, index, deps.store);
    return ok({
      index,
      id: f.id,
      rule: f.rule,
      family: f.family,
      severity: f.severity,
      message: f.message,
      ...ex,
      cells: f.cells.filter((c) => c in entry.report.cells).map((c) => cellInfo(entry, c)),
      slots: (["expected", "actual", "difference"] as const).filter((k) => f[k] !== null).map((k) => `{{finding.${index}.${k}}}`),
      line: f.location?.line ?? null,
    });
  },
});
