#!/usr/bin/env node
// Runs the compiled CLI (npm install builds it through the "prepare" script).
import("../dist/src/cli/main.js")
  .then((m) => m.main(process.argv))
  .catch((e) => {
    if (e && e.code === "ERR_MODULE_NOT_FOUND") {
      process.stderr.write("jiaohe：尚未编译，请先运行 npm install（或 npm run build）。/ Not built yet: run npm install.\n");
      process.exit(2);
    }
    process.stderr.write(`jiaohe：内部错误 / internal error: ${e && e.message ? e.message : String(e)}\n`);
    process.exit(3);
  });
