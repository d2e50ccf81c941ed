// Last in line: anything no feature took (stickers, photos, unknown commands) gets the usage hint.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { M } from "../messages.js";

export function unhandledFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.on("callback_query", (ctx) => ctx.answerCallbackQuery());
  c.on("message:photo", (ctx) => ctx.reply(M.photo));
  c.on("message", (ctx) => ctx.reply(M.unhandled));
  return c;
}
