// `jiaohe check FILE... [--json] [--previous FILE] [--lang zh|en]`: parse and check each report.
// Exit 0 clean, 1 when any error-severity finding, 2 when an input could not be read (the other
// files are still checked). Wording comes from src/explain/messages; this file only lays it out.
import type { Command } from "commander";
import { checkReport } from "../../check/index.js";
import { parseReport } from "../../core.js";
import { type Lang, UI, fill, renderMessage } from "../../explain/messages.js";
import { APPLICATION_COLUMNS, REVIEW_RESULTS, TABLE_LABELS, type TableId, cellLabel } from "../../model/cells.js";
import { InputError, isInputError } from "../../model/errors.js";
import type { Finding } from "../../model/finding.js";
import type { Report } from "../../model/report.js";
import { explainFindings } from "../../explain/explain.js";
import { RENDER_FORMATS, type RenderFormat, renderCheck } from "../../render/index.js";

interface Options {
  json?: boolean;
  previous?: string;
  lang: string;
  explain?: boolean;
  tables?: boolean;
  format?: string;
}

export interface FileResult {
  file: string;
  report?: Report;
  findings: Finding[];
  error?: { code: string; zh: string; en: string };
}

/** The `--json` shape: [{file, findings: [{id, rule, family, severity, cells, expected, actual, message, location, …}]}]. */
export function toJson(results: readonly FileResult[]): unknown[] {
  return results.map((r) => ({
    file: r.file,
    ...(r.report ? { issuer: r.report.issuer, year: r.report.year, format: r.report.format } : {}),
    findings: r.findings.map((f) => ({
      id: f.id,
      rule: f.rule,
      family: f.family,
      severity: f.severity,
      cells: f.cells,
      expected: f.expected,
      actual: f.actual,
      difference: f.difference,
      message: f.message,
      location: f.location,
      messageId: f.messageId,
      data: f.data,
      ...(f.related ? { related: f.related } : {}),
      ...(f.assumptions ? { assumptions: f.assumptions } : {}),
      ...(f.operands ? { operands: f.operands } : {}),
    })),
    ...(r.error ? { error: r.error } : {}),
  }));
}

export function exitCode(results: readonly FileResult[]): 0 | 1 | 2 {
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}

function tableOf(f: Finding): TableId | null {
  const id = f.cells[0];
  return id ? (cellLabel(id)?.table ?? null) : null;
}

/** The printed row of the judged cell: its label and its numbers in column order. */
function rowLine(report: Report, cellId: string): string | null {
  const l = cellLabel(cellId);
  if (!l) return null;
  const row = cellId.slice(0, cellId.lastIndexOf("."));
  const cols =
    l.table === "applications"
      ? APPLICATION_COLUMNS.map((c) => c.key)
      : l.table === "review"
        ? REVIEW_RESULTS.map((r) => r.key)
        : [cellId.slice(cellId.lastIndexOf(".") + 1)];
  const values = cols.map((c) => {
    const v = report.cells[`${row}.${c}`]?.value;
    return v === null || v === undefined ? "—" : String(v);
  });
  // The label as printed when it deviates from the standard one.
  const printed = report.deviations.find((d) => d.kind === "row" && d.cells.includes(cellId))?.seen ?? l.rowLabel;
  return `${printed}  ${values.join("  ")}`;
}

function formatText(r: FileResult, lang: Lang): string {
  const ui = UI[lang];
  const report = r.report as Report;
  const out: string[] = [`${r.file}  ${report.title ?? report.issuer ?? ""}`];
  if (r.findings.length === 0) return `${out[0]}\n  ${ui.clean}\n`;
  const groups = new Map<string, Finding[]>();
  for (const f of r.findings) {
    const t = tableOf(f);
    const key = t ? TABLE_LABELS[t] : ui.prose;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const [title, fs] of groups) {
    out.push(`\n【${title}】`);
    for (const f of fs) {
      const where = f.location ? `${f.location.line}:${f.location.column} ` : "";
      out.push(`  ${where}[${ui.severity[f.severity]}] ${f.id}  ${f.message}`);
      const first = f.cells[0];
      const line = first && tableOf(f) ? rowLine(report, first) : null;
      if (line && f.family !== "missing-column") out.push(`      ${ui.row}：${line}`);
    }
  }
  const count = (s: string) => r.findings.filter((f) => f.severity === s).length;
  out.push(`\n${fill(ui.summary, { total: r.findings.length, error: count("error"), warning: count("warning"), info: count("info") })}`);
  return `${out.join("\n")}\n`;
}

/** Nothing of a report's structure was found: not an annual report (the reader does not say so yet). */
export function ensureReport(report: Report, file: string): Report {
  const t = report.tables;
  if (report.sections.length === 0 && !t.active.found && !t.applications.found && !t.review.found)
    throw new InputError(
      "not-a-report",
      `不是政府信息公开工作年度报告（未找到六个部分的标题和三张统计表）：${file}`,
      `Not an annual report on government information disclosure (no part headings, no tables): ${file}`,
      file,
    );
  return report;
}

/** An input error as the command line says it: a folder given for a file also names the command that reads one. */
export function inputErrorText(e: InputError, lang: Lang): string {
  const text = lang === "zh" ? e.zh : e.en;
  if (e.code !== "not-a-file" || e.where === undefined) return text;
  return `${text}${lang === "zh" ? "。" : ". "}${fill(UI[lang].folderHint, { path: e.where })}`;
}

async function checkOne(file: string, previous: Report | undefined, lang: Lang): Promise<FileResult> {
  try {
    const report = ensureReport(await parseReport({ path: file }), file);
    const findings = checkReport(report, previous ? { previous } : {});
    if (lang === "en") for (const f of findings) f.message = renderMessage(f, "en");
    return { file, report, findings };
  } catch (e) {
    if (isInputError(e)) return { file, findings: [], error: { code: e.code, zh: inputErrorText(e, "zh"), en: inputErrorText(e, "en") } };
    throw e;
  }
}

export function register(program: Command): void {
  program
    .command("check")
    .description("核对年度报告：表格勾稽、结构、标签、正文与表格一致性 / check annual reports")
    .argument("<files...>", "年报文件（txt、md、html、docx、pdf）/ report files")
    .option("--json", "输出 JSON / print JSON")
    .option("--previous <file>", "同一机关上一年的年报，用于跨年核对 / the same issuer's previous report")
    .option("--lang <lang>", "语言 / language: zh|en", "zh")
    .option("--explain", "附上每个问题的解释（规则、计算、可能原因、改法）/ explain every finding")
    .option("--tables", "同时输出标出问题的三张表 / also print the three tables with findings marked")
    .option("--format <format>", "输出格式 / output format: text|md|html|json（md、html 含标出问题的三张表 / md and html include the marked tables）", "text")
    .action(async (files: string[], o: Options) => {
      if (o.lang !== "zh" && o.lang !== "en") {
        process.stderr.write(`jiaohe check：${fill(UI.zh.badLang, { lang: o.lang })} / ${fill(UI.en.badLang, { lang: o.lang })}\n`);
        process.exit(2);
      }
      // --format (explanations engineer): md/html render the tables with findings marked; json = --json.
      const format = (o.format === "markdown" ? "md" : (o.format ?? "text")) as RenderFormat;
      if (!RENDER_FORMATS.includes(format)) {
        process.stderr.write(`jiaohe check：未知格式 ${o.format}（可用 ${RENDER_FORMATS.join("、")}） / unknown format ${o.format}\n`);
        process.exit(2);
      }
      if (format === "json") o.json = true;
      const lang = o.lang as Lang;
      let previous: Report | undefined;
      if (o.previous) {
        try {
          previous = ensureReport(await parseReport({ path: o.previous }), o.previous);
        } catch (e) {
          if (!isInputError(e)) throw e;
          process.stderr.write(`jiaohe check：${UI[lang].previous} ${lang === "zh" ? e.zh : e.en}\n`);
          process.exit(2);
        }
      }
      const results: FileResult[] = [];
      for (const file of files) {
        const r = await checkOne(file, previous, lang);
        results.push(r);
        if (r.error) process.stderr.write(`jiaohe check：${lang === "zh" ? r.error.zh : r.error.en}\n`);
        else if (!o.json) {
          const report = r.report as Report;
          process.stdout.write(
            format === "md" || format === "html"
              ? renderCheck(report, r.findings, { format, lang, explain: !!o.explain, tables: o.tables ?? true, ...(previous ? { previous } : {}) })
              : o.explain || o.tables
              ? renderCheck(report, r.findings, { lang, explain: !!o.explain, tables: !!o.tables, color: !!process.stdout.isTTY, ...(previous ? { previous } : {}) })
              : formatText(r, lang),
          );
        }
      }
      if (o.json) {
        const out = toJson(results) as { findings: Record<string, unknown>[] }[];
        // --explain adds each finding's explanation (what, why, arithmetic, causes, fix) as data.
        if (o.explain)
          results.forEach((r, i) => {
            if (!r.report) return;
            const ex = explainFindings(r.report, r.findings, { lang, ...(previous ? { previous } : {}) });
            out[i]?.findings.forEach((f, k) => (f.explanation = ex[k]));
          });
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      }
      process.exitCode = exitCode(results);
    });
}
