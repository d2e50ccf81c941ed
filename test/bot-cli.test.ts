// `jiaohe bot` as a process: starts against the fake Bot API, answers, stops cleanly on SIGTERM
// (exit 0, state kept); bad configuration exits 2 with a Chinese message and no stack trace.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { REPO_ROOT } from "./helpers/gold.js";
import { type FakeTelegram, startTelegramServer } from "./standins/telegram-server.js";

const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
const ENTRY = `import(${JSON.stringify(join(REPO_ROOT, "src/cli/main.ts"))}).then((m) => m.main(["node", "jiaohe", ...process.argv.slice(1)]))`;
const CLEAN_ENV = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(TELEGRAM_|JIAOHE_|OPENAI_|HTTPS?_PROXY)/i.test(k)),
);

let tg: FakeTelegram | undefined;
let dir: string | undefined;
afterEach(async () => {
  await tg?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  tg = undefined;
  dir = undefined;
});

describe("jiaohe bot", () => {
  it("runs until SIGTERM, then stops cleanly with exit code 0", async () => {
    tg = await startTelegramServer();
    dir = mkdtempSync(join(tmpdir(), "jiaohe-bot-cli-"));
    const child = spawn(process.execPath, ["--import", TSX, "-e", ENTRY, "bot"], {
      env: {
        ...CLEAN_ENV,
        TELEGRAM_BOT_TOKEN: tg.token,
        TELEGRAM_API_ROOT: tg.apiRoot,
        JIAOHE_ALLOWED_CHATS: "501",
        JIAOHE_STATE_DIR: dir,
        JIAOHE_POLL_TIMEOUT_S: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    await tg.waitFor(() => stderr.includes("已启动"), 30_000, "the bot to start");
    tg.sendText(501, "/help");
    const reply = await tg.waitFor(() => tg!.messagesTo(501)[0], 10_000);
    expect(reply.text).toContain("用法");
    expect(stderr).not.toContain(tg.token);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stderr).toContain("bot.stopped");
    expect(tg.violations()).toEqual([]);
  });

  it("explains bad configuration in Chinese and exits 2", () => {
    const r = spawnSync(process.execPath, ["--import", TSX, "-e", ENTRY, "bot"], {
      env: { ...CLEAN_ENV, JIAOHE_ALLOWED_CHATS: "1" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("TELEGRAM_BOT_TOKEN");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("runBot", () => {
  it("says when Telegram refuses the token, or cannot be reached, and returns 2", async () => {
    const { runBot } = await import("../src/bot/index.js");
    tg = await startTelegramServer();
    dir = mkdtempSync(join(tmpdir(), "jiaohe-bot-cli-"));
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (written.push(String(chunk)), true));
    try {
      const env = { TELEGRAM_BOT_TOKEN: "999:wrongTokenForTests", JIAOHE_ALLOWED_CHATS: "1", JIAOHE_STATE_DIR: dir, JIAOHE_BOT_WORKERS: "0" };
      expect(await runBot({ ...env, TELEGRAM_API_ROOT: tg.apiRoot })).toBe(2);
      expect(written.join("")).toContain("拒绝了这个令牌");
      tg.close();
      expect(await runBot({ ...env, TELEGRAM_API_ROOT: tg.apiRoot })).toBe(2);
      expect(written.join("")).toContain("无法连接 Telegram");
      expect(written.join("")).not.toContain("wrongTokenForTests");
    } finally {
      spy.mockRestore();
    }
  });
});
