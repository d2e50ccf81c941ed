// Receiving a report: a document (checked for type and size before downloading), or pasted text
// gathered over several messages until a short pause or /check.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { M } from "../messages.js";

export const ACCEPTED_EXTENSIONS = [".docx", ".doc", ".pdf", ".html", ".htm", ".txt", ".md"];

/** A pasted part of a report rather than a question: long, or shaped like the report's text. */
export function looksLikeReport(text: string): boolean {
  if (text.length >= 600) return true;
  const headings = text.match(/^\s*[一二三四五六][、.．]/gm)?.length ?? 0;
  const numbers = text.match(/\d+/g)?.length ?? 0;
  return text.length >= 150 && (headings >= 2 || numbers >= 15);
}

export function intakeFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.on("message:document", async (ctx) => {
    const { service } = ctx.jiaohe;
    const doc = ctx.message.document;
    const refusal = service.refuseDocument(doc.file_name, doc.file_size, ACCEPTED_EXTENSIONS);
    if (refusal) return void (await ctx.reply(refusal, { parse_mode: "HTML" }));
    await ctx.replyWithChatAction("typing");
    const file = await ctx.getFile();
    await service.receiveDocument(ctx.chatId, file.file_path, doc.file_name ?? "（未命名文件）");
  });
  c.command("check", async (ctx) => {
    if (!(await ctx.jiaohe.service.flush(ctx.chatId))) await ctx.reply(M.nothingToCheck);
  });
  c.on("message:text", async (ctx, next) => {
    const { service } = ctx.jiaohe;
    if (ctx.message.text.startsWith("/")) return next();
    const text = ctx.message.text;
    const pending = service.hasPending(await service.store.get(ctx.chatId));
    // While a paste is being gathered, short tails belong to it; a question closes it first.
    const isQuestion = !looksLikeReport(text) && (!pending || /[？?]\s*$/.test(text));
    if (isQuestion) {
      if (pending) await service.flush(ctx.chatId);
      return next();
    }
    await service.addPastePart(ctx.chatId, text);
    await ctx.replyWithChatAction("typing");
  });
  return c;
}
