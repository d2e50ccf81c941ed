import type { Command } from "commander";

// PLACEHOLDER: replaced by the helper that owns this command. Must not ship as is.
export function register(program: Command): void {
  program
    .command("check")
    .description("(not built yet)")
    .allowUnknownOption()
    .action(() => {
      process.stderr.write("jiaohe check: not built yet\n");
      process.exit(2);
    });
}
