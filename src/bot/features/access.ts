// Who may use the bot: chats on the allow-list, or chats admitted by `/start <invitation code>`
// (remembered on disk). Everyone else gets one polite refusal per message and nothing else.
import { timingSafeEqual } from "node:crypto";
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { M } from "../messages.js";

const MAX_WRONG_CODES = 5;
const WRONG_CODE_WINDOW_MS = 3600_000;

function sameCode(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function accessFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  const wrong = new Map<number, { n: number; since: number }>();
  c.use(async (ctx, next) => {
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return; // inline queries, polls…: nothing for us
    const { config, service } = ctx.jiaohe;
    if (config.allowedChats === "*" || config.allowedChats.has(chatId)) return next();
    if ((await service.store.get(chatId)).admitted) return next();
    const code = /^\/start(?:@\w+)?\s+(\S+)/.exec(ctx.message?.text ?? "")?.[1];
    if (code && config.inviteCode) {
      const w = wrong.get(chatId);
      const blocked = w && w.n >= MAX_WRONG_CODES && Date.now() - w.since < WRONG_CODE_WINDOW_MS;
      if (!blocked && sameCode(code, config.inviteCode)) {
        await service.store.update(chatId, (s) => ({ state: { ...s, admitted: true }, value: undefined }));
        ctx.jiaohe.deps.log.info("chat.admitted", { chat: chatId });
        await ctx.reply(`${M.admitted}\n\n${M.welcome}`, { parse_mode: "HTML" });
        return;
      }
      wrong.set(chatId, w && Date.now() - w.since < WRONG_CODE_WINDOW_MS ? { n: w.n + 1, since: w.since } : { n: 1, since: Date.now() });
      await ctx.reply(M.wrongCode);
      return;
    }
    ctx.jiaohe.deps.log.info("chat.refused", { chat: chatId });
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: M.notAllowed, show_alert: true });
    else await ctx.reply(M.notAllowed);
  });
  return c;
}
