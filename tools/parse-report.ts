import { isAbsolute, resolve, sep } from "node:path";
import { z } from "zod";
import { checkReport, parseReport, type ReportInput } from "../src/core.js";
import { SECTION_HEADINGS } from "../src/model/report.js";
import { isInputError } from "../src/model/errors.js";
import { defineTool, READ_ONLY } from "./define.js";
import { fail, lookup, ok, type ToolDeps } from "./deps.js";

export const ParseReportInput = z.object({
  text: z.string().nullable().describe("年报全文（纯文本或 Markdown），与 path、base64 三选一 / the report as text; give exactly one of text, path, base64"),
  path: z.string().nullable().describe("本机上的文件路径（.txt/.md/.html/.docx/.doc/.pdf）/ a file path on this machine"),
  base64: z.string().nullable().describe("文件内容的 base64 编码 / the file's bytes, base64-encoded"),
  filename: z.string().nullable().describe("文件名（用于识别格式和显示）/ file name, used to tell the format and in messages"),
  previousReportId: z
    .string()
    .nullable()
    .describe("同一机关上一年度年报的编号（先解析上一年度），用于跨年度核对 / id of the same issuer's previous report, for cross-year checks"),
});

export const ParseReportOutput = z.object({
  reportId: z.string().describe("年报编号，后续工具都用它 / the id every other tool takes"),
  name: z.string().describe("来源文件名 / source name"),
  sourceKind: z.string().describe("text | markdown | html | docx | doc | pdf"),
  issuer: z.string().nullable().describe("发布机关 / issuing agency"),
  year: z.number().nullable().describe("报告年度 / report year"),
  format: z.string().describe("格式版本：2021 | 2019 | unknown"),
  sections: z.array(z.string()).describe("找到的一级标题（标准文字）/ the standard headings found"),
  missingSections: z.array(z.string()).describe("缺少的一级标题 / standard headings not found"),
  tablesFound: z.array(z.string()).describe("找到的表：active | applications | review"),
  findings: z.object({
    total: z.number().describe("问题总数"),
    error: z.number().describe("错误"),
    warning: z.number().describe("警告"),
    info: z.number().describe("提示"),
  }),
  summary: z.string().describe("一句话概况（中文）/ one-line summary in Chinese"),
});

function allowedPath(deps: ToolDeps, path: string): boolean {
  if (deps.fileAccess === "any") return true;
  if (deps.fileAccess === "none") return false;
  const abs = resolve(path);
  return deps.fileAccess.roots.some((r) => {
    const root = resolve(r);
    return abs === root || abs.startsWith(root.endsWith(sep) ? root : root + sep);
  });
}

export default defineTool({
  name: "parse_report",
  title: "解析年报 / Parse a report",
  description: {
    zh: "读入一份政府信息公开工作年度报告（文本、本机文件路径或 base64 文件内容），解析三张表和六个部分并做勾稽核对，返回年报编号 reportId 和概况。其他工具都需要这个编号；同一内容重复解析得到同一编号。",
    en: "Reads an annual report on government information disclosure (text, a local file path, or base64 bytes plus a file name), parses its tables and sections, runs every check, and returns a reportId and a summary. Every other tool takes the reportId; the same content always gets the same id.",
  },
  input: ParseReportInput,
  output: ParseReportOutput,
  annotations: { ...READ_ONLY, idempotentHint: true },
  async run(input, deps: ToolDeps) {
    const given = [input.text, input.path, input.base64].filter((v) => v !== null && v !== undefined && v !== "").length;
    if (given !== 1)
      return fail("bad-arguments", "text、path、base64 必须且只能给出一个。", "粘贴全文用 text；本机文件用 path；上传的文件用 base64 加 filename。");
    let source: ReportInput;
    if (input.text) source = { text: input.text, ...(input.filename ? { name: input.filename } : {}) };
    else if (input.path) {
      if (!allowedPath(deps, input.path))
        return fail("path-not-allowed", `不允许读取本机路径：${input.path}`, "请改为上传文件（base64）或粘贴全文（text）。");
      source = { path: isAbsolute(input.path) ? input.path : resolve(input.path) };
    } else {
      const b64 = (input.base64 ?? "").replace(/\s+/g, "");
      if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(b64)) return fail("bad-arguments", "base64 内容不是合法的 base64 编码。", "请重新编码文件内容。");
      source = { bytes: new Uint8Array(Buffer.from(b64, "base64")), name: input.filename ?? "（上传的文件）" };
    }
    let previous = undefined;
    if (input.previousReportId) {
      const prev = lookup(deps, input.previousReportId);
      if ("error" in prev) return prev.error;
      previous = prev.entry;
    }
    try {
      const report = await parseReport(source);
      const findings = checkReport(report, previous ? { previous: previous.report } : {});
      const entry = deps.store.add(report, findings, previous?.id ?? null);
      const found = new Set(report.sections.map((s) => s.id));
      const count = (s: string) => findings.filter((f) => f.severity === s).length;
      const tables = (["active", "applications", "review"] as const).filter((t) => report.tables[t].found);
      const counts = { total: findings.length, error: count("error"), warning: count("warning"), info: count("info") };
      return ok({
        reportId: entry.id,
        name: report.source.name,
        sourceKind: report.source.kind,
        issuer: report.issuer,
        year: report.year,
        format: report.format,
        sections: Object.entries(SECTION_HEADINGS).filter(([k]) => found.has(k as never)).map(([, v]) => v),
        missingSections: Object.entries(SECTION_HEADINGS).filter(([k]) => !found.has(k as never)).map(([, v]) => v),
        tablesFound: [...tables],
        findings: counts,
        summary: `${report.issuer ?? "（未识别机关）"}${report.year ? `${report.year}年` : ""}年报：发现错误${counts.error}条、警告${counts.warning}条、提示${counts.info}条。`,
      });
    } catch (e) {
      if (isInputError(e)) return fail(`input-${e.code}`, e.zh, e.en);
      throw e;
    }
  },
});
