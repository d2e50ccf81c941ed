// Starts the production bot against the fake Bot API server, with its state in a temp directory.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createBot, type JiaoheBot } from "../src/bot/bot.js";
import { loadBotConfig, type BotConfig } from "../src/bot/config.js";
import type { BotDeps, Logger } from "../src/bot/deps.js";
import { productionDeps } from "../src/bot/wiring.js";
import { type FakeTelegram, startTelegramServer } from "./standins/telegram-server.js";

export interface Harness {
  tg: FakeTelegram;
  bot: JiaoheBot;
  config: BotConfig;
  stateDir: string;
  logs: string[];
  /** Stops the bot (state stays on disk) and starts a new one on the same state and server. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
  deps?: Partial<BotDeps>;
  tg?: FakeTelegram;
  stateDir?: string;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const tg = options.tg ?? (await startTelegramServer());
  const stateDir = options.stateDir ?? mkdtempSync(join(tmpdir(), "jiaohe-bot-"));
  const logs: string[] = [];
  const log: Logger = {
    info: (event, fields) => logs.push(JSON.stringify({ event, ...fields })),
    error: (event, fields) => logs.push(JSON.stringify({ level: "error", event, ...fields })),
  };
  const env = {
    TELEGRAM_BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    JIAOHE_ALLOWED_CHATS: "*",
    JIAOHE_STATE_DIR: stateDir,
    JIAOHE_PASTE_QUIET_MS: "150",
    JIAOHE_POLL_TIMEOUT_S: "1",
    // Worker threads cost a second or two to start under tsx: tests that need them say so.
    JIAOHE_BOT_WORKERS: "0",
    // Model variables are deliberately absent unless a test sets them.
    OPENAI_BASE_URL: "",
    OPENAI_API_KEY: "",
    JIAOHE_MODEL: "",
    ...options.env,
  };
  const config = loadBotConfig(env);
  const make = async () => createBot(config, { ...(await productionDeps({ log, env, analysis: config })), ...options.deps });
  const h: Harness = {
    tg,
    bot: await make(),
    config,
    stateDir,
    logs,
    async restart() {
      await h.bot.stop();
      h.bot = await make();
      await h.bot.start();
    },
    async close() {
      await h.bot.stop();
      if (!options.tg) await tg.close();
      if (!options.stateDir) rmSync(stateDir, { recursive: true, force: true });
    },
  };
  await h.bot.start();
  return h;
}
