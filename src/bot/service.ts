// The bot's conversation logic, independent of grammY's update plumbing: gathering pasted parts,
// analysing a report, sending findings, explaining one, answering questions. Handlers call these
// with the chat id; the paste timer calls them too, through the same per-chat queue.
import { createHash } from "node:crypto";
import { type Api, InputFile } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Agent } from "node:https";
import { isInputError } from "../model/errors.js";
import { downloadFile, megabytes } from "./download.js";
import type { BotConfig } from "./config.js";
import type { Answer, BotDeps, ReportSource } from "./deps.js";
import { escapeHtml, splitHtml } from "./format.js";
import { M, fill } from "./messages.js";
import { LivePreview } from "./preview.js";
import { ChatQueue } from "./queue.js";
import { type ChatState, type ChatStateStore, type CurrentReport, emptyState } from "./state.js";
import { findingMessages, findingsMarkdown, orderFindings, summaryHtml } from "./view.js";

const HISTORY_TURNS = 8;
const MAX_PASTE_CHARS = 200_000;

export class ChatService {
  readonly queue = new ChatQueue();
  private readonly timers = new Map<number, NodeJS.Timeout>();
  private stopped = false;

  constructor(
    private readonly api: Api,
    private readonly config: BotConfig,
    private readonly deps: BotDeps,
    readonly store: ChatStateStore,
    private readonly agent?: Agent,
  ) {}

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  // ---- sending ----

  async sendHtml(chatId: number, html: string, keyboard?: InlineKeyboardMarkup): Promise<number | undefined> {
    let last: number | undefined;
    const parts = splitHtml(html);
    for (const [i, part] of parts.entries()) {
      const markup = i === parts.length - 1 && keyboard ? { reply_markup: keyboard } : {};
      const msg = await this.api.sendMessage(chatId, part, { parse_mode: "HTML", link_preview_options: { is_disabled: true }, ...markup });
      last = msg.message_id;
    }
    return last;
  }

  /** Keeps "typing…" visible while slow work runs (Telegram shows it for about 5 seconds). */
  async withTyping<T>(chatId: number, work: () => Promise<T>): Promise<T> {
    const ping = () => void this.api.sendChatAction(chatId, "typing").catch(() => undefined);
    ping();
    const timer = setInterval(ping, 4500);
    try {
      return await work();
    } finally {
      clearInterval(timer);
    }
  }

  // ---- pasted reports ----

  /** Adds a pasted part; analysis starts once the chat has been quiet for a moment (or on /check). */
  async addPastePart(chatId: number, text: string): Promise<number> {
    const n = await this.store.update(chatId, (s) => {
      const parts = [...(s.pending?.parts ?? []), text];
      const total = parts.reduce((a, p) => a + p.length, 0);
      const kept = total > MAX_PASTE_CHARS ? parts.slice(-1) : parts;
      return { state: { ...s, pending: { parts: kept, lastAt: this.now() } }, value: kept.length };
    });
    this.schedule(chatId, this.config.pasteQuietMs);
    return n;
  }

  schedule(chatId: number, ms: number): void {
    if (this.stopped) return;
    clearTimeout(this.timers.get(chatId));
    const timer = setTimeout(() => {
      this.timers.delete(chatId);
      void this.queue.run(chatId, () => this.flush(chatId)).catch((e: unknown) => this.fail(chatId, "flush", e));
    }, ms);
    timer.unref();
    this.timers.set(chatId, timer);
  }

  /** Analyses the gathered parts, if any; returns false when there was nothing to check. */
  async flush(chatId: number): Promise<boolean> {
    clearTimeout(this.timers.get(chatId));
    this.timers.delete(chatId);
    const parts = await this.store.update(chatId, (s) => ({ state: { ...s, pending: null }, value: s.pending?.parts ?? [] }));
    if (parts.length === 0) return false;
    await this.analyzeAndSend(chatId, { text: parts.join("\n"), name: "粘贴的报告" });
    return true;
  }

  hasPending(state: ChatState): boolean {
    return state.pending !== null && state.pending.parts.length > 0;
  }

  /** After a restart: gather-in-progress chats get their analysis when their quiet time is over. */
  async resumePending(): Promise<number> {
    let n = 0;
    for (const id of await this.store.chatIds()) {
      const s = await this.store.get(id);
      if (!s.pending) continue;
      this.schedule(id, Math.max(0, s.pending.lastAt + this.config.pasteQuietMs - this.now()));
      n++;
    }
    return n;
  }

  // ---- documents ----

  /** Why a document is refused before downloading it (type, declared size), or null. */
  refuseDocument(fileName: string | undefined, size: number | undefined, accepted: readonly string[]): string | null {
    const name = fileName ?? "（未命名文件）";
    const ext = name.toLowerCase().match(/\.[a-z0-9]+$/)?.[0] ?? "";
    if (!accepted.includes(ext)) return fill(M.unsupportedFile, { name: escapeHtml(name) });
    if ((size ?? 0) > this.config.maxFileBytes) return this.tooBig(size ?? 0);
    return null;
  }

  private tooBig(size: number): string {
    return fill(M.fileTooLarge, { size: size > this.config.maxFileBytes ? megabytes(size) : `超过 ${megabytes(this.config.maxFileBytes)}`, max: megabytes(this.config.maxFileBytes) });
  }

  /** Downloads (capped) and analyses a document the person sent. */
  async receiveDocument(chatId: number, filePath: string | undefined, name: string): Promise<void> {
    if (!filePath) return void (await this.sendHtml(chatId, M.downloadFailed));
    const { apiRoot, token, maxFileBytes } = this.config;
    const bytes = await downloadFile(apiRoot, token, filePath, maxFileBytes, name, this.agent).catch((e: unknown) => e);
    if (!(bytes instanceof Uint8Array)) {
      this.deps.log.info("file.refused", { chat: chatId, reason: isInputError(bytes) ? bytes.code : "download" });
      return void (await this.sendHtml(chatId, isInputError(bytes) ? this.tooBig(maxFileBytes + 1) : M.downloadFailed));
    }
    await this.analyzeAndSend(chatId, { bytes, name });
  }

  // ---- analysis ----

  /**
   * Shows "正在核对…" at once, analyses, then turns that message into the summary (or into the
   * reason the report could not be read) and sends the findings.
   */
  async analyzeAndSend(chatId: number, source: ReportSource): Promise<void> {
    const started = this.now();
    const placeholder = await this.api.sendMessage(chatId, fill(M.working, { name: escapeHtml(source.name) }), { parse_mode: "HTML" });
    let analysis: Awaited<ReturnType<BotDeps["analyze"]>>;
    try {
      analysis = await this.withTyping(chatId, () => this.deps.analyze(source));
    } catch (e) {
      if (isInputError(e)) this.deps.log.info("report.rejected", { chat: chatId, code: e.code });
      else this.deps.log.error("report.failed", { chat: chatId, error: e instanceof Error ? e.name : typeof e });
      const text = isInputError(e) ? fill(M.inputError, { reason: escapeHtml(e.zh) }) : M.internalError;
      return this.replace(chatId, placeholder.message_id, text);
    }
    const name = analysis.report.title ?? (analysis.report.issuer ? `${analysis.report.issuer}年报` : source.name);
    const current: CurrentReport = {
      key: createHash("sha256").update(analysis.report.source.sha256).digest("base64url").slice(0, 10),
      name,
      receivedAt: this.now(),
      report: analysis.report,
      findings: orderFindings(analysis.findings),
    };
    await this.store.update(chatId, (s) => ({ state: { ...s, current, history: [] }, value: undefined }));
    this.deps.log.info("report.checked", {
      chat: chatId,
      kind: analysis.report.source.kind,
      findings: current.findings.length,
      ms: this.now() - started,
      ...(this.config.logContent ? { name } : {}),
    });
    await this.replace(chatId, placeholder.message_id, summaryHtml(current));
    await this.sendFindings(chatId, current);
  }

  /** Edits a message of the bot into `html`; sends it anew when the edit is impossible. */
  private async replace(chatId: number, messageId: number, html: string): Promise<void> {
    const [first, ...rest] = splitHtml(html);
    const edited = await this.api
      .editMessageText(chatId, messageId, first ?? "…", { parse_mode: "HTML", link_preview_options: { is_disabled: true } })
      .then(() => true)
      .catch(() => false);
    if (!edited) return void (await this.sendHtml(chatId, html));
    for (const part of rest) await this.sendHtml(chatId, part);
  }

  /** The findings (a few per message, with buttons), then the full list as a file if long. */
  async sendFindings(chatId: number, current: CurrentReport): Promise<void> {
    for (const m of findingMessages(current, this.config.maxFindingsInline)) await this.sendHtml(chatId, m.html, m.keyboard);
    if (current.findings.length > this.config.maxFindingsInline) {
      const md = findingsMarkdown(current, this.deps.explain(current));
      const caption = fill(M.fileCaption, { name: escapeHtml(current.name), count: current.findings.length });
      await this.sendHtml(chatId, fill(M.moreInFile, { shown: this.config.maxFindingsInline }));
      await this.api.sendDocument(chatId, new InputFile(Buffer.from(md, "utf8"), "jiaohe-findings.md"), {
        caption: caption.slice(0, 1000),
        parse_mode: "HTML",
      });
    } else if (current.findings.length > 0) {
      await this.sendHtml(chatId, M.askHint);
    }
  }

  // ---- buttons ----

  /** The explanation (x) or the fix (f) of one finding, or a reason why it cannot be given. */
  async explainFinding(chatId: number, action: "x" | "f", index: number, key: string): Promise<{ html: string } | { stale: string }> {
    const s = await this.store.get(chatId);
    if (!s.current || s.current.key !== key) return { stale: M.staleButton };
    const f = s.current.findings[index];
    if (!f) return { stale: M.unknownFinding };
    const e = this.deps.explain(s.current)[index];
    if (!e) return { stale: M.unknownFinding };
    const head = `<b>第 ${index + 1} 条 · ${action === "x" ? "解释" : "怎么改"}</b>\n${escapeHtml(f.message)}`;
    const body = action === "x" ? [e.what, e.why].filter(Boolean).join("\n\n") : e.fix;
    return { html: `${head}\n\n${escapeHtml(body)}` };
  }

  // ---- questions ----

  async answer(chatId: number, question: string): Promise<void> {
    const s = await this.store.get(chatId);
    const preview = new LivePreview(this.api, chatId);
    const a = await this.withTyping(chatId, () => this.deps.ask(question, s.current, s.history, preview.update));
    await this.remember(chatId, question, a);
    await this.sendAnswer(chatId, a, await preview.finish());
  }

  async draft(chatId: number, section: string): Promise<void> {
    const s = await this.store.get(chatId);
    if (!s.current) return void (await this.sendHtml(chatId, M.noReport));
    const current = s.current;
    const preview = new LivePreview(this.api, chatId);
    const a = await this.withTyping(chatId, () => this.deps.draft(section, current, preview.update));
    await this.remember(chatId, `/draft ${section}`, a);
    await this.sendAnswer(chatId, a, await preview.finish());
  }

  private async sendAnswer(chatId: number, a: Answer, previewId: number | null): Promise<void> {
    const notice = a.notice !== undefined ? a.notice : a.byModel ? null : M.noModel;
    const html = (notice ? `<i>${escapeHtml(notice)}</i>\n\n` : "") + markdownToHtml(a.text);
    if (previewId === null) await this.sendHtml(chatId, html);
    else await this.replace(chatId, previewId, html);
  }

  private remember(chatId: number, question: string, a: Answer): Promise<void> {
    return this.store.update(chatId, (s) => ({
      state: { ...s, history: [...s.history, { role: "user" as const, content: question }, { role: "assistant" as const, content: a.text }].slice(-HISTORY_TURNS * 2) },
      value: undefined,
    }));
  }

  async reset(chatId: number): Promise<void> {
    clearTimeout(this.timers.get(chatId));
    this.timers.delete(chatId);
    await this.store.update(chatId, (s) => ({ state: s.admitted ? { ...emptyState(chatId, this.now()), admitted: true } : null, value: undefined }));
  }

  // ---- lifecycle ----

  fail(chatId: number, where: string, e: unknown): void {
    this.deps.log.error("chat.error", { chat: chatId, where, error: e instanceof Error ? e.name : "unknown" });
    void this.sendHtml(chatId, M.internalError).catch(() => undefined);
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}

/** A model's light Markdown (or plain text) as Telegram HTML. */
export function markdownToHtml(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      let l = escapeHtml(line);
      const heading = /^#{1,6}\s+(.*)$/.exec(l);
      if (heading) return `<b>${heading[1]}</b>`;
      l = l.replace(/\*\*([^*\n]+)\*\*/g, "<b>$1</b>").replace(/`([^`\n]+)`/g, "<code>$1</code>");
      return l.replace(/^(\s*)[-*]\s+/, "$1• ");
    })
    .join("\n");
}
