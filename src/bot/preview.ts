// A live preview of a model's answer while it is written: one message, edited at most every
// `intervalMs` (Telegram's flood limits), then replaced by the final answer. The agent only
// streams text that passed its number guard; a withdrawal puts "正在重新组织回答" back.
import type { Api } from "grammy";
import { escapeHtml } from "./format.js";
import { M } from "./messages.js";

const PREVIEW_LIMIT = 3500;

export class LivePreview {
  private messageId: number | null = null;
  private shown = "";
  private latest = "";
  private chain: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private lastAt = 0;
  private done = false;

  constructor(
    private readonly api: Api,
    private readonly chatId: number,
    private readonly intervalMs = 1500,
  ) {}

  /** Progress callback for BotDeps.ask/draft. */
  readonly update = (text: string | null): void => {
    if (this.done) return;
    this.latest = text ?? "";
    if (this.timer) return;
    const wait = Math.max(0, this.lastAt + this.intervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.chain = this.chain.then(() => this.flush());
    }, wait);
  };

  private async flush(): Promise<void> {
    if (this.done || this.latest.length > PREVIEW_LIMIT) return; // long answers: the final one is split
    const html = this.latest ? `${escapeHtml(this.latest)} …` : M.rethinking;
    if (html === this.shown || (this.messageId === null && !this.latest)) return;
    this.lastAt = Date.now();
    try {
      if (this.messageId === null) this.messageId = (await this.api.sendMessage(this.chatId, html, { parse_mode: "HTML" })).message_id;
      else await this.api.editMessageText(this.chatId, this.messageId, html, { parse_mode: "HTML" });
      this.shown = html;
    } catch {
      // A failed preview costs nothing: the final answer follows.
    }
  }

  /** Stops previewing; the id of the preview message to replace with the answer, if one was sent. */
  async finish(): Promise<number | null> {
    this.done = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.chain;
    return this.messageId;
  }
}
