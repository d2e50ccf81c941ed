import type { Command } from "commander";

// PLACEHOLDER: replaced by the helper that owns this command. Must not ship as is.
export function register(program: Command): void {
  program
    .command("bot")
    .description("(not built yet)")
    .allowUnknownOption()
    .action(() => {
      process.stderr.write("jiaohe bot: not built yet\n");
      process.exit(2);
    });
}
