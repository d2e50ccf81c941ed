// `jiaohe parse FILE [--json]`: the values read from a report, without checking them.
// --json prints {report: {issuer, year, format}, cells: {"<cell id>": number|null}} for all 200 cells
// (plus the 22 active2019.* ids for a 2019-format report).
import type { Command } from "commander";
import { parseReport } from "../../core.js";
import { type Lang, UI, fill } from "../../explain/messages.js";
import { ACTIVE2019_IDS, ALL_CELL_IDS } from "../../model/cells.js";
import { isInputError } from "../../model/errors.js";
import type { Report } from "../../model/report.js";
import { renderTablesText } from "../../render/terminal.js";
import { ensureReport, inputErrorText } from "./check.js";

export function cellsJson(report: Report): { report: { issuer: string | null; year: number | null; format: string; title: string | null }; cells: Record<string, number | null> } {
  const ids = report.format === "2019" ? [...ALL_CELL_IDS, ...ACTIVE2019_IDS] : ALL_CELL_IDS;
  const cells: Record<string, number | null> = {};
  for (const id of ids) cells[id] = report.cells[id]?.value ?? null;
  return { report: { issuer: report.issuer, year: report.year, format: report.format, title: report.title }, cells };
}

export function register(program: Command): void {
  program
    .command("parse")
    .description("读取年度报告的表格数值（不核对）/ read a report's table values without checking")
    .argument("<file>", "年报文件 / the report file")
    .option("--json", "输出 JSON / print JSON")
    .option("--lang <lang>", "语言 / language: zh|en", "zh")
    .action(async (file: string, o: { json?: boolean; lang: string }) => {
      if (o.lang !== "zh" && o.lang !== "en") {
        process.stderr.write(`jiaohe parse：${fill(UI.zh.badLang, { lang: o.lang })} / ${fill(UI.en.badLang, { lang: o.lang })}\n`);
        process.exit(2);
      }
      const lang = o.lang as Lang;
      try {
        const report = ensureReport(await parseReport({ path: file }), file);
        if (o.json) process.stdout.write(`${JSON.stringify(cellsJson(report), null, 2)}\n`);
        else process.stdout.write(`${report.title ?? report.issuer ?? file}\n\n${renderTablesText(report, [], new Map(), { lang, color: !!process.stdout.isTTY })}\n`);
      } catch (e) {
        if (!isInputError(e)) throw e;
        process.stderr.write(`jiaohe parse：${inputErrorText(e, lang)}\n`);
        process.exit(2);
      }
    });
}
