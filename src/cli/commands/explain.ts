import type { Command } from "commander";
import { checkReport, parseReport } from "../../core.js";
import type { Lang } from "../../explain/types.js";
import { isInputError } from "../../model/errors.js";
import { RENDER_FORMATS, type RenderFormat, UnknownFindingError, renderExplanation } from "../../render/index.js";

interface Options {
  format: string;
  lang: string;
  tables?: boolean;
  previous?: string;
}

// `jiaohe explain FILE FINDING_ID`: one finding in plain words — where, the rule, the arithmetic,
// the likely cause and what to change. FINDING_ID is the stable id from `check` or its number (1-based).
export function register(program: Command): void {
  program
    .command("explain")
    .description("解释一个问题：位置、规则、计算、可能的原因和改法 / explain one finding in plain words")
    .argument("<file>", "年报文件 / the report file")
    .argument("<finding>", "问题编号（如 B3-f8d1f4）或序号（如 3） / finding id or its 1-based number")
    .option("--format <format>", `输出格式 / output format: ${RENDER_FORMATS.join("|")}`, "text")
    .option("--lang <lang>", "语言 / language: zh|en", "zh")
    .option("--tables", "同时输出标出该问题的表格 / also print the tables with this finding marked")
    .option("--previous <file>", "同一机关上一年的年报 / the same issuer's previous report")
    .action(async (file: string, finding: string, o: Options) => {
      const fmt = o.format === "markdown" ? "md" : o.format;
      if (!RENDER_FORMATS.includes(fmt as RenderFormat)) return usage(`未知格式：${o.format}（可用 ${RENDER_FORMATS.join("、")}）`, `Unknown format: ${o.format}`);
      if (o.lang !== "zh" && o.lang !== "en") return usage(`未知语言：${o.lang}（可用 zh、en）`, `Unknown language: ${o.lang}`);
      const lang = o.lang as Lang;
      try {
        const previous = o.previous ? await parseReport({ path: o.previous }) : undefined;
        const report = await parseReport({ path: file });
        const findings = checkReport(report, previous ? { previous } : {});
        process.stdout.write(
          renderExplanation(report, findings, finding, {
            format: fmt as RenderFormat,
            lang,
            tables: o.tables ?? false,
            color: fmt === "text" && !!process.stdout.isTTY,
            ...(previous ? { previous } : {}),
          }),
        );
      } catch (e) {
        if (e instanceof UnknownFindingError) return usage(e.zh, e.en, lang);
        if (isInputError(e)) return usage(e.zh, e.en, lang);
        throw e;
      }
    });
}

function usage(zh: string, en: string, lang: Lang = "zh"): void {
  process.stderr.write(`jiaohe explain：${lang === "en" ? en : zh}\n`);
  process.exitCode = 2;
}
