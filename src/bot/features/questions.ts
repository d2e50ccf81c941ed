// Free questions and /draft: the agent answers when a model is configured, the deterministic
// answer otherwise (the choice is made in the wiring, not here).
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { M } from "../messages.js";

export function questionsFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.command("draft", async (ctx) => {
    const section = ctx.match.trim();
    if (!section) return void (await ctx.reply(M.draftUsage));
    await ctx.jiaohe.service.draft(ctx.chatId, section);
  });
  c.on("message:text", async (ctx, next) => {
    if (ctx.message.text.startsWith("/")) return next();
    await ctx.jiaohe.service.answer(ctx.chatId, ctx.message.text.trim());
  });
  return c;
}
