// The "解释" and "怎么改" buttons under each finding.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { M } from "../messages.js";
import { parseButtonData } from "../view.js";

export function buttonsFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.on("callback_query:data", async (ctx) => {
    const parsed = parseButtonData(ctx.callbackQuery.data);
    if (!parsed || ctx.chatId === undefined) return void (await ctx.answerCallbackQuery({ text: M.unknownFinding, show_alert: true }));
    const out = await ctx.jiaohe.service.explainFinding(ctx.chatId, parsed.action, parsed.index, parsed.key);
    if ("stale" in out) return void (await ctx.answerCallbackQuery({ text: out.stale, show_alert: true }));
    await ctx.answerCallbackQuery();
    await ctx.jiaohe.service.sendHtml(ctx.chatId, out.html);
  });
  return c;
}
