// Receiving a report: a document (checked for type and size before downloading), or pasted text
// gathered over several messages until a short pause or /check.
import { Composer } from "grammy";
import { isInputError } from "../../model/errors.js";
import type { BotContext } from "../context.js";
import { downloadFile, megabytes } from "../download.js";
import { escapeHtml } from "../format.js";
import { M, fill } from "../messages.js";

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
    const { config, service } = ctx.jiaohe;
    const doc = ctx.message.document;
    const name = doc.file_name ?? "（未命名文件）";
    const ext = name.toLowerCase().match(/\.[a-z0-9]+$/)?.[0] ?? "";
    if (!ACCEPTED_EXTENSIONS.includes(ext)) return void (await ctx.reply(fill(M.unsupportedFile, { name: escapeHtml(name) }), { parse_mode: "HTML" }));
    const tooBig = (size: number) => fill(M.fileTooLarge, { size: megabytes(size), max: megabytes(config.maxFileBytes) });
    if ((doc.file_size ?? 0) > config.maxFileBytes) return void (await ctx.reply(tooBig(doc.file_size ?? 0)));
    await ctx.replyWithChatAction("typing");
    const file = await ctx.getFile();
    if (!file.file_path) return void (await ctx.reply(M.downloadFailed));
    const bytes = await downloadFile(config.apiRoot, config.token, file.file_path, config.maxFileBytes, name).catch((e: unknown) => e);
    if (!(bytes instanceof Uint8Array)) return void (await ctx.reply(isInputError(bytes) ? tooBig(config.maxFileBytes + 1) : M.downloadFailed));
    await service.analyzeAndSend(ctx.chatId, { bytes, name });
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
