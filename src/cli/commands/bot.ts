import type { Command } from "commander";

/** `jiaohe bot`: the Telegram bot. Settings come only from the environment (see docs/bot.md). */
export function register(program: Command): void {
  program
    .command("bot")
    .description(
      "运行 Telegram 机器人（长轮询；设置 JIAOHE_WEBHOOK_URL 时用 webhook）/ run the Telegram bot.\n" +
        "环境变量 / environment: TELEGRAM_BOT_TOKEN (必填 required), TELEGRAM_API_ROOT, JIAOHE_ALLOWED_CHATS, " +
        "JIAOHE_INVITE_CODE, JIAOHE_STATE_DIR, JIAOHE_STATE_TTL_HOURS, JIAOHE_MAX_FILE_MB, HTTPS_PROXY, " +
        "OPENAI_BASE_URL, OPENAI_API_KEY, JIAOHE_MODEL",
    )
    .action(async () => {
      const { runBot } = await import("../../bot/index.js");
      process.exitCode = await runBot(process.env);
    });
}
