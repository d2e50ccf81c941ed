// /start, /help and /reset.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { M, fill } from "../messages.js";

export function helpFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.command("start", (ctx) => ctx.reply(M.welcome, { parse_mode: "HTML" }));
  c.command("help", (ctx) =>
    ctx.reply(fill(M.help, { ttl: Math.round(ctx.jiaohe.config.stateTtlMs / 3600_000) }), { parse_mode: "HTML" }),
  );
  c.command("reset", async (ctx) => {
    await ctx.jiaohe.service.reset(ctx.chatId);
    await ctx.reply(M.reset);
  });
  return c;
}
