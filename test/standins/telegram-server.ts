// A fake Telegram Bot API server over loopback, for tests: the production bot points at it through
// TELEGRAM_API_ROOT and nothing else changes. It speaks the Bot API over real HTTP (JSON and
// multipart bodies, long-polled getUpdates, file downloads), enforces the rules Telegram enforces
// (text length after entity parsing, well-formed HTML, known chats, button data size, stale
// callback queries) and answers violations the way Telegram does, so the bot's mistakes fail tests.
import { randomBytes } from "node:crypto";
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import busboy from "busboy";

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
  /** Uploaded files of a multipart call, by field name. */
  files: Record<string, { filename: string; bytes: Buffer }>;
  ok: boolean;
  description?: string;
  /** The failure was scripted with failNext/floodNext, not caused by the bot. */
  injected?: boolean;
  at: number;
}

/** What the bot put into a chat, as the person would see it. */
export interface SentMessage {
  chatId: number;
  messageId: number;
  /** Plain text (HTML tags and entities removed) or the document caption. */
  text: string;
  html: string;
  replyMarkup?: InlineKeyboard;
  document?: { filename: string; bytes: Buffer };
  edits: number;
}

interface InlineKeyboard {
  inline_keyboard: { text: string; callback_data?: string }[][];
}

interface StoredFile {
  file_id: string;
  file_unique_id: string;
  file_path: string;
  bytes: Buffer;
}

type ApiResult = { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number } };

const bad = (description: string): ApiResult => ({ ok: false, error_code: 400, description: `Bad Request: ${description}` });

export interface TelegramServerOptions {
  token?: string;
  botUsername?: string;
}

export class FakeTelegram {
  readonly token: string;
  readonly calls: RecordedCall[] = [];
  readonly sent: SentMessage[] = [];
  apiRoot = "";
  private readonly server = createServer((req, res) => void this.route(req, res));
  private readonly updates: Record<string, unknown>[] = [];
  private readonly waiters = new Set<() => void>();
  private readonly files = new Map<string, StoredFile>();
  private readonly chats = new Set<number>();
  private readonly pendingQueries = new Set<string>();
  private readonly failures: { method: string; result: ApiResult }[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 1;
  private confirmedOffset = 0;
  private readonly botUsername: string;

  constructor(options: TelegramServerOptions = {}) {
    this.token = options.token ?? `123456:${randomBytes(12).toString("hex")}`;
    this.botUsername = options.botUsername ?? "jiaohe_test_bot";
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.apiRoot = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    for (const wake of this.waiters) wake();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- scripting the person's side ----

  /** A private chat with this id exists from now on (the bot may write to it). */
  addChat(chatId: number): void {
    this.chats.add(chatId);
  }

  sendText(chatId: number, text: string): number {
    const entities = text.startsWith("/") ? [{ type: "bot_command", offset: 0, length: text.split(/\s/)[0]!.length }] : undefined;
    return this.pushMessage(chatId, { text, ...(entities ? { entities } : {}) });
  }

  /** The person sends a file; `declaredSize` overrides the size Telegram reports (oversize tests). */
  sendDocument(chatId: number, bytes: Uint8Array, fileName: string, declaredSize?: number): number {
    const file = this.storeFile(Buffer.from(bytes), fileName);
    return this.pushMessage(chatId, {
      document: { file_id: file.file_id, file_unique_id: file.file_unique_id, file_name: fileName, file_size: declaredSize ?? bytes.length },
    });
  }

  /** The person presses an inline button under one of the bot's messages. */
  pressButton(chatId: number, messageId: number, data: string): string {
    const id = `cq${this.nextUpdateId}`;
    this.pendingQueries.add(id);
    const msg = this.sent.find((m) => m.chatId === chatId && m.messageId === messageId);
    this.pushUpdate({
      callback_query: {
        id,
        from: this.user(chatId),
        chat_instance: `ci${chatId}`,
        data,
        message: { message_id: messageId, date: now(), chat: this.chat(chatId), from: this.botUser(), text: msg?.text ?? "" },
      },
    });
    return id;
  }

  /** The next call of `method` fails with this result (e.g. a 429 flood wait). */
  failNext(method: string, result: ApiResult): void {
    this.failures.push({ method, result });
  }

  floodNext(method: string, retryAfter: number): void {
    this.failNext(method, {
      ok: false,
      error_code: 429,
      description: `Too Many Requests: retry after ${retryAfter}`,
      parameters: { retry_after: retryAfter },
    });
  }

  // ---- observing the bot's side ----

  messagesTo(chatId: number): SentMessage[] {
    return this.sent.filter((m) => m.chatId === chatId);
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves when `predicate` holds, polling the recorded state; rejects after `timeoutMs`. */
  async waitFor<T>(predicate: () => T | undefined | false | null, timeoutMs = 10_000, what = "condition"): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = predicate();
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`fake Telegram: timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 15));
    }
  }

  /** Calls Telegram refused because the bot broke a rule (not the scripted failures). */
  violations(): RecordedCall[] {
    return this.calls.filter((c) => !c.ok && !c.injected);
  }

  /** Updates queued but not yet confirmed by the bot. */
  get unconfirmed(): number {
    return this.updates.filter((u) => (u.update_id as number) >= this.confirmedOffset).length;
  }

  // ---- internals ----

  private user(chatId: number) {
    return { id: chatId, is_bot: false, first_name: "测试", language_code: "zh-hans" };
  }
  private botUser() {
    return { id: Number(this.token.split(":")[0]), is_bot: true, first_name: "校核", username: this.botUsername };
  }
  private chat(chatId: number) {
    return { id: chatId, type: "private", first_name: "测试" };
  }

  private pushMessage(chatId: number, content: Record<string, unknown>): number {
    this.addChat(chatId);
    const messageId = this.nextMessageId++;
    this.pushUpdate({ message: { message_id: messageId, date: now(), chat: this.chat(chatId), from: this.user(chatId), ...content } });
    return messageId;
  }

  private pushUpdate(body: Record<string, unknown>): void {
    this.updates.push({ update_id: this.nextUpdateId++, ...body });
    for (const wake of this.waiters) wake();
  }

  private storeFile(bytes: Buffer, fileName: string): StoredFile {
    const n = this.files.size + 1;
    const ext = fileName.includes(".") ? fileName.slice(fileName.lastIndexOf(".")) : "";
    const file = { file_id: `F${n}_${randomBytes(6).toString("hex")}`, file_unique_id: `U${n}`, file_path: `documents/file_${n}${ext}`, bytes };
    this.files.set(file.file_id, file);
    return file;
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://x");
    const fileMatch = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (fileMatch && req.method === "GET") return this.download(fileMatch[1]!, decodeURIComponent(fileMatch[2]!), res);
    const m = /^\/bot([^/]+)\/(\w+)$/.exec(url.pathname);
    if (!m) return send(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    if (m[1] !== this.token) return send(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    let parsed: { payload: Record<string, unknown>; files: RecordedCall["files"] };
    try {
      parsed = await readBody(req);
    } catch (e) {
      return send(res, 400, bad(`can't parse request body: ${(e as Error).message}`));
    }
    const method = m[2]!;
    const failure = this.failures.findIndex((f) => f.method === method);
    const injected = failure >= 0;
    const result = injected ? this.failures.splice(failure, 1)[0]!.result : await this.call(method, parsed.payload, parsed.files, req, res);
    if (res.writableEnded) return; // client went away during a long poll
    this.calls.push({
      method,
      payload: parsed.payload,
      files: parsed.files,
      ok: result.ok,
      ...(result.ok ? {} : { description: result.description }),
      ...(injected ? { injected } : {}),
      at: Date.now(),
    });
    send(res, result.ok ? 200 : result.error_code, result);
  }

  private download(token: string, path: string, res: ServerResponse): void {
    const file = token === this.token ? [...this.files.values()].find((f) => f.file_path === path) : undefined;
    if (!file) return void send(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    res.writeHead(200, { "content-type": "application/octet-stream", "content-length": file.bytes.length });
    res.end(file.bytes);
  }

  private async call(
    method: string,
    p: Record<string, unknown>,
    files: RecordedCall["files"],
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<ApiResult> {
    switch (method) {
      case "getMe":
        return { ok: true, result: { ...this.botUser(), can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false } };
      case "deleteWebhook":
      case "setMyCommands":
      case "setWebhook":
        return { ok: true, result: true };
      case "getUpdates":
        return this.getUpdates(p, req, res);
      case "sendChatAction":
        return this.knownChat(p.chat_id) ? { ok: true, result: true } : bad("chat not found");
      case "sendMessage":
        return this.sendMessage(p);
      case "editMessageText":
        return this.editMessageText(p);
      case "answerCallbackQuery":
        return this.answerCallbackQuery(p);
      case "sendDocument":
        return this.sendDocumentCall(p, files);
      case "getFile": {
        const f = this.files.get(String(p.file_id));
        return f
          ? { ok: true, result: { file_id: f.file_id, file_unique_id: f.file_unique_id, file_size: f.bytes.length, file_path: f.file_path } }
          : bad("invalid file_id");
      }
      default:
        return { ok: false, error_code: 404, description: "Not Found: method not found" };
    }
  }

  private async getUpdates(p: Record<string, unknown>, req: IncomingMessage, res: ServerResponse): Promise<ApiResult> {
    const offset = Number(p.offset ?? 0);
    // Like Telegram: asking with an offset confirms every earlier update.
    if (offset > this.confirmedOffset) this.confirmedOffset = offset;
    const limit = Math.min(100, Math.max(1, Number(p.limit ?? 100)));
    const timeoutMs = Math.max(0, Number(p.timeout ?? 0)) * 1000;
    const pick = () => this.updates.filter((u) => (u.update_id as number) >= this.confirmedOffset).slice(0, limit);
    let batch = pick();
    if (batch.length === 0 && timeoutMs > 0) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, timeoutMs);
        this.waiters.add(wake);
        res.on("close", wake);
      });
      if (res.destroyed) return { ok: true, result: [] };
      batch = pick();
    }
    void req;
    return { ok: true, result: batch };
  }

  private knownChat(chatId: unknown): boolean {
    return this.chats.has(Number(chatId));
  }

  private checkMarkup(markup: unknown): string | undefined {
    if (markup === undefined) return undefined;
    const kb = markup as InlineKeyboard;
    if (!Array.isArray(kb.inline_keyboard)) return undefined;
    for (const row of kb.inline_keyboard)
      for (const b of row) {
        if (!b.text) return "text buttons are unallowed in the inline keyboard";
        if (b.callback_data !== undefined && (b.callback_data.length === 0 || Buffer.byteLength(b.callback_data) > 64))
          return "BUTTON_DATA_INVALID";
      }
    return undefined;
  }

  private sendMessage(p: Record<string, unknown>): ApiResult {
    if (!this.knownChat(p.chat_id)) return bad("chat not found");
    const checked = checkText(String(p.text ?? ""), p.parse_mode, 4096, "message text");
    if (typeof checked !== "string") return checked;
    const markupError = this.checkMarkup(p.reply_markup);
    if (markupError) return bad(markupError);
    const msg: SentMessage = {
      chatId: Number(p.chat_id),
      messageId: this.nextMessageId++,
      text: checked,
      html: String(p.text),
      edits: 0,
      ...(p.reply_markup ? { replyMarkup: p.reply_markup as InlineKeyboard } : {}),
    };
    this.sent.push(msg);
    return { ok: true, result: this.asApiMessage(msg) };
  }

  private editMessageText(p: Record<string, unknown>): ApiResult {
    if (!this.knownChat(p.chat_id)) return bad("chat not found");
    const msg = this.sent.find((m) => m.chatId === Number(p.chat_id) && m.messageId === Number(p.message_id));
    if (!msg) return bad("message to edit not found");
    const checked = checkText(String(p.text ?? ""), p.parse_mode, 4096, "message text");
    if (typeof checked !== "string") return checked;
    const markupError = this.checkMarkup(p.reply_markup);
    if (markupError) return bad(markupError);
    if (checked === msg.text && JSON.stringify(p.reply_markup) === JSON.stringify(msg.replyMarkup))
      return bad("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
    msg.text = checked;
    msg.html = String(p.text);
    msg.edits++;
    if (p.reply_markup) msg.replyMarkup = p.reply_markup as InlineKeyboard;
    else delete msg.replyMarkup;
    return { ok: true, result: this.asApiMessage(msg) };
  }

  private answerCallbackQuery(p: Record<string, unknown>): ApiResult {
    const id = String(p.callback_query_id);
    if (!this.pendingQueries.delete(id)) return bad("query is too old and response timeout expired or query ID is invalid");
    if (typeof p.text === "string" && p.text.length > 200) return bad("MESSAGE_TOO_LONG");
    return { ok: true, result: true };
  }

  private sendDocumentCall(p: Record<string, unknown>, files: RecordedCall["files"]): ApiResult {
    if (!this.knownChat(p.chat_id)) return bad("chat not found");
    const ref = String(p.document ?? "");
    const attached = ref.startsWith("attach://") ? files[ref.slice("attach://".length)] : undefined;
    if (!attached) return bad("there is no document in the request");
    if (attached.bytes.length === 0) return bad("file must be non-empty");
    const caption = checkText(String(p.caption ?? ""), p.parse_mode, 1024, "message caption", true);
    if (typeof caption !== "string") return caption;
    const msg: SentMessage = {
      chatId: Number(p.chat_id),
      messageId: this.nextMessageId++,
      text: caption,
      html: String(p.caption ?? ""),
      document: attached,
      edits: 0,
    };
    this.sent.push(msg);
    const file = this.storeFile(attached.bytes, attached.filename);
    return {
      ok: true,
      result: {
        ...this.asApiMessage(msg),
        document: { file_id: file.file_id, file_unique_id: file.file_unique_id, file_name: attached.filename, file_size: attached.bytes.length },
      },
    };
  }

  private asApiMessage(msg: SentMessage) {
    return {
      message_id: msg.messageId,
      date: now(),
      chat: this.chat(msg.chatId),
      from: this.botUser(),
      ...(msg.document ? { caption: msg.text } : { text: msg.text }),
      ...(msg.replyMarkup ? { reply_markup: msg.replyMarkup } : {}),
    };
  }
}

export async function startTelegramServer(options: TelegramServerOptions = {}): Promise<FakeTelegram> {
  return new FakeTelegram(options).start();
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  const json = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
  res.end(json);
}

/** JSON, urlencoded or multipart (grammY's multipart needs busboy: Node's own FormData parser rejects it). */
async function readBody(req: IncomingMessage): Promise<{ payload: Record<string, unknown>; files: RecordedCall["files"] }> {
  const type = req.headers["content-type"] ?? "";
  if (type.startsWith("multipart/form-data")) return readMultipart(req);
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if (!raw) return { payload: {}, files: {} };
  if (type.startsWith("application/json")) return { payload: JSON.parse(raw) as Record<string, unknown>, files: {} };
  return { payload: Object.fromEntries(new URLSearchParams(raw)), files: {} };
}

function readMultipart(req: IncomingMessage): Promise<{ payload: Record<string, unknown>; files: RecordedCall["files"] }> {
  return new Promise((resolve, reject) => {
    const payload: Record<string, unknown> = {};
    const files: RecordedCall["files"] = {};
    const bb = busboy({ headers: req.headers, defParamCharset: "utf8" });
    bb.on("field", (name, value) => {
      // grammY JSON-encodes object fields; scalars arrive as text.
      payload[name] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    });
    bb.on("file", (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        files[name] = { filename: info.filename ?? name, bytes: Buffer.concat(chunks) };
      });
    });
    bb.on("close", () => resolve({ payload, files }));
    bb.on("error", reject);
    req.pipe(bb);
  });
}

const ALLOWED_TAGS = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji"]);
const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

/**
 * Checks a text the way Telegram does and returns the text the person sees, or the API error.
 * With parse_mode HTML: only the supported tags, properly nested and closed; every `<` and `&`
 * part of a tag or an entity. The length limit applies after entity parsing, in UTF-16 units.
 */
export function checkText(text: string, parseMode: unknown, limit: number, what: string, mayBeEmpty = false): string | ApiResult {
  let visible = text;
  if (parseMode === "HTML") {
    const parsed = parseTelegramHtml(text);
    if (typeof parsed !== "string") return bad(`can't parse entities: ${parsed.error}`);
    visible = parsed;
  } else if (parseMode !== undefined) {
    return bad(`unsupported parse_mode ${String(parseMode)}`);
  }
  if (!mayBeEmpty && visible.trim().length === 0) return bad(`${what} is empty`);
  if (visible.length > limit) return bad(what === "message caption" ? "message caption is too long" : "message is too long");
  return visible;
}

export function parseTelegramHtml(html: string): string | { error: string } {
  const stack: string[] = [];
  let out = "";
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === "<") {
      const end = html.indexOf(">", i);
      if (end < 0) return { error: `unclosed start tag at byte offset ${i}` };
      const tag = html.slice(i + 1, end);
      const close = tag.startsWith("/");
      const name = (close ? tag.slice(1) : tag).split(/[\s/]/)[0]!.toLowerCase();
      if (!ALLOWED_TAGS.has(name)) return { error: `unsupported start tag "${name}" at byte offset ${i}` };
      if (close) {
        if (stack.pop() !== name) return { error: `unmatched end tag at byte offset ${i}, expected "</${stack.at(-1) ?? ""}>"` };
      } else stack.push(name);
      i = end + 1;
    } else if (ch === "&") {
      const m = /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(html.slice(i, i + 12));
      if (!m) return { error: `unsupported entity at byte offset ${i}` };
      const ent = m[1]!;
      if (ent.startsWith("#x")) out += String.fromCodePoint(parseInt(ent.slice(2), 16));
      else if (ent.startsWith("#")) out += String.fromCodePoint(Number(ent.slice(1)));
      else if (NAMED_ENTITIES[ent.toLowerCase()]) out += NAMED_ENTITIES[ent.toLowerCase()];
      else return { error: `unsupported entity "${ent}" at byte offset ${i}` };
      i += m[0].length;
    } else if (ch === ">") {
      return { error: `character '>' is reserved at byte offset ${i}` };
    } else {
      out += ch;
      i++;
    }
  }
  if (stack.length > 0) return { error: `can't find end tag corresponding to start tag "${stack.at(-1)}"` };
  return out;
}
