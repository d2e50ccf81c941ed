// `jiaohe review DIR|FILES...|ZIP`: checks a whole folder of reports and writes one picture of it.
import { join, relative } from "node:path";
import type { Command } from "commander";
import { isInputError } from "../../model/errors.js";

interface ReviewFlags {
  out: string;
  json?: boolean;
  jobs?: string;
  cache: boolean | string;
}

export function register(program: Command): void {
  program
    .command("review")
    .description("审阅一批年度报告（文件夹、多个文件或 ZIP 压缩包），同一机关的历年报告自动对照 / review a folder of reports")
    .argument("<inputs...>", "文件夹、文件或 ZIP 压缩包 / folders, files or ZIP archives")
    .option("-o, --out <dir>", "输出文件夹：html/index.html、review.xlsx、CSV、review.json / output folder", "jiaohe-review")
    .option("--json", "在标准输出打印 JSON（供程序读取）/ print JSON on stdout")
    .option("-j, --jobs <n>", "并行工作线程数（默认：CPU 核数）/ worker threads (default: cores)")
    .option("--cache <dir>", "缓存文件夹（默认：<输出文件夹>/.cache）/ cache folder")
    .option("--no-cache", "不使用缓存 / do not use the cache")
    .action(async (inputs: string[], flags: ReviewFlags) => {
      const jobs = flags.jobs === undefined ? undefined : Number(flags.jobs);
      if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)) {
        process.stderr.write("jiaohe review：--jobs 须为 1 到 64 之间的整数。/ --jobs must be an integer from 1 to 64.\n");
        process.exit(2);
      }
      const cacheDir = flags.cache === false ? null : typeof flags.cache === "string" ? flags.cache : join(flags.out, ".cache");
      // Loaded on use: the spreadsheet writer is heavy, and other commands should not pay for it.
      const [{ runReview }, { writeOutputs, toJson }, { progressReporter }, { formatSummary }] = await Promise.all([
        import("../../review/run.js"),
        import("../../review/output.js"),
        import("../../review/progress.js"),
        import("../../review/summary.js"),
      ]);
      const progress = progressReporter();
      try {
        const result = await runReview({ inputs, cacheDir, onProgress: progress.update, ...(jobs ? { jobs } : {}) });
        progress.done();
        const written = await writeOutputs(result, flags.out);
        if (flags.json) process.stdout.write(`${JSON.stringify(toJson(result), null, 2)}\n`);
        else {
          process.stdout.write(formatSummary(result, { color: Boolean(process.stdout.isTTY), width: process.stdout.columns ?? 160 }));
          const rel = (p: string) => relative(process.cwd(), p) || p;
          process.stdout.write(`HTML：${rel(written.html)}\n表格：${rel(written.xlsx)}、${written.csv.map(rel).join("、")}\n`);
        }
        const internal = result.unreadable.some((u) => u.error.internal);
        process.exitCode = internal ? 3 : result.totals.error > 0 || result.unreadable.length > 0 ? 1 : 0;
      } catch (e) {
        progress.done();
        if (isInputError(e)) {
          process.stderr.write(`jiaohe review：${e.zh}\n`);
          process.exit(2);
        }
        throw e;
      }
    });
}
