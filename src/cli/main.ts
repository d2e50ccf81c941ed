import { Command } from "commander";
import { register as registerAsk } from "./commands/ask.js";
import { register as registerBot } from "./commands/bot.js";
import { register as registerCheck } from "./commands/check.js";
import { register as registerExplain } from "./commands/explain.js";
import { register as registerMcp } from "./commands/mcp.js";
import { register as registerParse } from "./commands/parse.js";
import { register as registerReview } from "./commands/review.js";

/** Exit codes: 0 clean, 1 errors found, 2 unreadable input or bad usage, 3 internal error. */
export async function main(argv: string[]): Promise<void> {
  const program = new Command()
    .name("jiaohe")
    .description("校核：政府信息公开工作年度报告的解析与勾稽核对 / parse and check annual reports on government information disclosure")
    .version("0.1.0")
    .showHelpAfterError()
    .exitOverride((err) => {
      // commander's own usage errors: exit 2 like any other bad input; help/version exit 0.
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version") process.exit(0);
      process.exit(2);
    });
  for (const register of [registerCheck, registerParse, registerExplain, registerAsk, registerMcp, registerBot, registerReview])
    register(program);
  await program.parseAsync(argv);
}
