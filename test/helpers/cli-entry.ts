// Runs the CLI from source (node --import tsx test/helpers/cli-entry.ts …), mirroring bin/jiaohe.js:
// InputErrors are handled by the commands; anything else is an internal error, exit 3.
import { main } from "../../src/cli/main.js";

main(process.argv).catch((e: unknown) => {
  process.stderr.write(`jiaohe：内部错误 / internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(3);
});
