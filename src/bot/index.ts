// The Telegram bot: `jiaohe bot` calls runBot(); tests call createBot() with a config pointing at
// a local Bot API stand-in.
import { GrammyError } from "grammy";
import { isInputError } from "../model/errors.js";
import { createBot } from "./bot.js";
import { loadBotConfig } from "./config.js";
import { jsonLogger } from "./deps.js";
import { productionDeps } from "./wiring.js";

export { createBot, type JiaoheBot } from "./bot.js";
export { loadBotConfig, type BotConfig } from "./config.js";
export type { BotDeps, Explanation, Answer, Logger } from "./deps.js";
export { productionDeps } from "./wiring.js";

/** Runs until SIGINT/SIGTERM; returns the process exit code (2 for bad configuration). */
export async function runBot(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const log = jsonLogger();
  let config;
  try {
    config = loadBotConfig(env);
  } catch (e) {
    if (!isInputError(e)) throw e;
    process.stderr.write(`jiaohe bot：${e.zh}\n`);
    return 2;
  }
  let deps;
  try {
    deps = await productionDeps({ log, env, analysis: config });
  } catch (e) {
    if (!isInputError(e)) throw e;
    process.stderr.write(`jiaohe bot：${e.zh}\n`);
    return 2;
  }
  const bot = createBot(config, deps);
  try {
    await bot.start();
  } catch (e) {
    await deps.close?.();
    if (e instanceof GrammyError && e.error_code === 401) {
      process.stderr.write("jiaohe bot：Telegram 拒绝了这个令牌（401）。请检查 TELEGRAM_BOT_TOKEN，必要时在 @BotFather 重新获取。\n");
      return 2;
    }
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`jiaohe bot：无法连接 Telegram（${config.apiRoot}）：${msg.replaceAll(config.token, "<token>")}。如在无法直接访问 Telegram 的网络中，请设置 HTTPS_PROXY 或 TELEGRAM_API_ROOT（见 docs/bot.md）。\n`);
    return 2;
  }
  process.stderr.write("jiaohe bot：已启动，按 Ctrl+C 停止。\n");
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  process.stderr.write("jiaohe bot：正在停止……\n");
  await bot.stop();
  return 0;
}
