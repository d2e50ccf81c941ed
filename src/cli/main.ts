import { Command } from "commander";

type Registrar = { register(program: Command): void };

// Each command is loaded only when it runs (all of them for help), so `jiaohe check` does not
// pay for the MCP SDK, grammY or the agent at start-up.
const COMMANDS: Record<string, () => Promise<Registrar>> = {
  check: () => import("./commands/check.js"),
  parse: () => import("./commands/parse.js"),
  explain: () => import("./commands/explain.js"),
  ask: () => import("./commands/ask.js"),
  mcp: () => import("./commands/mcp.js"),
  bot: () => import("./commands/bot.js"),
  review: () => import("./commands/review.js"),
};

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
  const asked = argv[2];
  // `ask` also registers `draft`.
  const name = asked === "draft" ? "ask" : asked;
  const load = name !== undefined && Object.hasOwn(COMMANDS, name) ? [COMMANDS[name]!] : Object.values(COMMANDS);
  for (const mod of await Promise.all(load.map((l) => l()))) mod.register(program);
  await program.parseAsync(argv);
}
