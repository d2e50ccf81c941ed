// Progress on stderr: a redrawn bar on a terminal, plain lines otherwise (logs, CI, pipes).
import type { Progress } from "./run.js";
import { PHASE_ZH as PHASE } from "./labels.js";
import { displayWidth, truncate } from "./summary.js";

export function progressReporter(stream: NodeJS.WriteStream = process.stderr): { update: (p: Progress) => void; done: () => void } {
  const tty = Boolean(stream.isTTY);
  let last = 0;
  let drawn = false;
  let step = 1;
  return {
    update(p) {
      if (!tty) {
        // Every file for small runs; about every 2% for big ones, so a log stays readable.
        step = Math.max(1, Math.floor(p.total / 50));
        if (p.done % step === 0 || p.done === p.total) stream.write(`${PHASE[p.phase]} ${p.done}/${p.total} ${p.name}\n`);
        return;
      }
      const now = Date.now();
      if (now - last < 50 && p.done !== p.total) return;
      last = now;
      const cols = Math.max(40, stream.columns ?? 80);
      const barWidth = Math.min(30, cols - 30);
      const filled = Math.round((p.done / Math.max(1, p.total)) * barWidth);
      const head = `${PHASE[p.phase]} [${"█".repeat(filled)}${"░".repeat(barWidth - filled)}] ${p.done}/${p.total} `;
      const name = truncate(p.name, Math.max(5, cols - displayWidth(head) - 1));
      stream.write(`\r\x1b[2K${head}${name}`);
      drawn = true;
    },
    done() {
      if (tty && drawn) stream.write("\r\x1b[2K");
    },
  };
}
