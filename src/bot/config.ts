// The bot's settings come only from the environment (the token above all: never a flag, never a
// file in the repository). Parsed with zod at this edge; bad settings are an InputError in Chinese.
import { availableParallelism, homedir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { InputError } from "../model/errors.js";

export const DEFAULT_API_ROOT = "https://api.telegram.org";

export interface WebhookConfig {
  /** Public HTTPS URL Telegram posts to (registered with setWebhook). */
  url: string;
  /** Local address, port and path the bot listens on (behind a TLS reverse proxy). */
  host: string;
  port: number;
  path: string;
  /** Telegram echoes it in X-Telegram-Bot-Api-Secret-Token; requests without it are refused. */
  secret: string;
}

export interface BotConfig {
  token: string;
  apiRoot: string;
  /** Chats admitted without an invitation; `"*"` admits every chat. */
  allowedChats: ReadonlySet<number> | "*";
  /** `/start <code>` admits a chat (remembered in its state). */
  inviteCode: string | null;
  stateDir: string;
  /** A chat's report, findings and pending paste are forgotten after this long without use. */
  stateTtlMs: number;
  /** Largest document accepted (the cloud Bot API serves downloads up to 20 MB). */
  maxFileBytes: number;
  /** Pasted parts are gathered until the chat is quiet this long (or /check). */
  pasteQuietMs: number;
  /** getUpdates long-poll timeout. */
  pollTimeoutSeconds: number;
  /** Findings shown as messages; beyond this the full list goes out as a file. */
  maxFindingsInline: number;
  /** Worker threads that read and check reports (0: on the main thread). */
  analyzeWorkers: number;
  /** A report taking longer than this is abandoned (its worker replaced) and the person told. */
  analyzeTimeoutMs: number;
  /** Log report content (off by default: logs carry ids, kinds and counts only). */
  logContent: boolean;
  webhook: WebhookConfig | null;
  /** HTTPS proxy for reaching Telegram (networks where it is blocked). */
  proxy: string | null;
}

const chatList = z
  .string()
  .trim()
  .transform((s, ctx): ReadonlySet<number> | "*" => {
    if (s === "*") return "*";
    const ids = s.split(/[\s,，;]+/).filter(Boolean);
    const out = new Set<number>();
    for (const id of ids) {
      if (!/^-?\d{1,20}$/.test(id)) {
        ctx.addIssue({ code: "custom", message: `JIAOHE_ALLOWED_CHATS 中的「${id}」不是聊天编号（应为整数）` });
        return z.NEVER;
      }
      out.add(Number(id));
    }
    return out;
  });

const positiveInt = (name: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${name} 应为正整数`)
    .transform(Number)
    .refine((n) => n > 0, `${name} 应为正整数`);

const EnvSchema = z.object({
  TELEGRAM_BOT_TOKEN: z
    .string({ error: "缺少 TELEGRAM_BOT_TOKEN：请在环境变量中设置机器人令牌（由 @BotFather 发放）" })
    .trim()
    .regex(/^\d+:[\w-]{10,}$/, "TELEGRAM_BOT_TOKEN 格式不对：应形如 123456789:AA…（由 @BotFather 发放）"),
  TELEGRAM_API_ROOT: z.string().trim().url("TELEGRAM_API_ROOT 应为网址，如 https://api.telegram.org").optional(),
  JIAOHE_ALLOWED_CHATS: chatList.optional(),
  JIAOHE_INVITE_CODE: z.string().trim().min(6, "JIAOHE_INVITE_CODE 太短：邀请码至少 6 个字符").optional(),
  JIAOHE_STATE_DIR: z.string().trim().min(1).optional(),
  JIAOHE_STATE_TTL_HOURS: positiveInt("JIAOHE_STATE_TTL_HOURS").optional(),
  JIAOHE_MAX_FILE_MB: positiveInt("JIAOHE_MAX_FILE_MB").optional(),
  JIAOHE_PASTE_QUIET_MS: positiveInt("JIAOHE_PASTE_QUIET_MS").optional(),
  JIAOHE_POLL_TIMEOUT_S: positiveInt("JIAOHE_POLL_TIMEOUT_S").optional(),
  JIAOHE_LOG_CONTENT: z.enum(["0", "1"]).optional(),
  JIAOHE_BOT_WORKERS: z.string().trim().regex(/^\d{1,2}$/, "JIAOHE_BOT_WORKERS 应为 0–99 的整数").transform(Number).optional(),
  JIAOHE_ANALYZE_TIMEOUT_S: positiveInt("JIAOHE_ANALYZE_TIMEOUT_S").optional(),
  JIAOHE_MAX_FINDINGS_INLINE: positiveInt("JIAOHE_MAX_FINDINGS_INLINE").optional(),
  JIAOHE_WEBHOOK_URL: z.string().trim().url("JIAOHE_WEBHOOK_URL 应为 https 网址").optional(),
  JIAOHE_WEBHOOK_PORT: positiveInt("JIAOHE_WEBHOOK_PORT").optional(),
  JIAOHE_WEBHOOK_HOST: z.string().trim().min(1).optional(),
  JIAOHE_WEBHOOK_SECRET: z
    .string()
    .regex(/^[\w-]{16,256}$/, "JIAOHE_WEBHOOK_SECRET 应为 16–256 个字母、数字、_ 或 -")
    .optional(),
  HTTPS_PROXY: z.string().trim().url().optional(),
  https_proxy: z.string().trim().url().optional(),
});

/** Reads the bot's settings from the environment; throws InputError naming what to fix. */
export function loadBotConfig(env: NodeJS.ProcessEnv = process.env): BotConfig {
  const blankToUndefined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const parsed = EnvSchema.safeParse(blankToUndefined);
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => i.message).join("；");
    throw new InputError("unreadable", `机器人配置有误：${msg}`, `Bad bot configuration: ${msg}`);
  }
  const e = parsed.data;
  const allowedChats = e.JIAOHE_ALLOWED_CHATS ?? new Set<number>();
  const inviteCode = e.JIAOHE_INVITE_CODE ?? null;
  if (allowedChats !== "*" && allowedChats.size === 0 && !inviteCode)
    throw new InputError(
      "unreadable",
      "没有设置谁可以使用机器人：请设置 JIAOHE_ALLOWED_CHATS（聊天编号，逗号分隔；* 表示所有人）或 JIAOHE_INVITE_CODE（邀请码）",
      "No access configured: set JIAOHE_ALLOWED_CHATS (chat ids, comma-separated; * for everyone) or JIAOHE_INVITE_CODE",
    );
  let webhook: WebhookConfig | null = null;
  if (e.JIAOHE_WEBHOOK_URL) {
    if (!e.JIAOHE_WEBHOOK_SECRET)
      throw new InputError("unreadable", "使用 webhook 时必须设置 JIAOHE_WEBHOOK_SECRET", "JIAOHE_WEBHOOK_SECRET is required with a webhook");
    const url = new URL(e.JIAOHE_WEBHOOK_URL);
    webhook = { url: url.href, host: e.JIAOHE_WEBHOOK_HOST ?? "127.0.0.1", port: e.JIAOHE_WEBHOOK_PORT ?? 8443, path: url.pathname, secret: e.JIAOHE_WEBHOOK_SECRET };
  }
  return {
    token: e.TELEGRAM_BOT_TOKEN,
    apiRoot: (e.TELEGRAM_API_ROOT ?? DEFAULT_API_ROOT).replace(/\/+$/, ""),
    allowedChats,
    inviteCode,
    stateDir: e.JIAOHE_STATE_DIR ?? join(homedir(), ".jiaohe", "bot-state"),
    stateTtlMs: (e.JIAOHE_STATE_TTL_HOURS ?? 72) * 3600_000,
    maxFileBytes: (e.JIAOHE_MAX_FILE_MB ?? 20) * 1024 * 1024,
    pasteQuietMs: e.JIAOHE_PASTE_QUIET_MS ?? 2500,
    pollTimeoutSeconds: e.JIAOHE_POLL_TIMEOUT_S ?? 30,
    maxFindingsInline: e.JIAOHE_MAX_FINDINGS_INLINE ?? 10,
    analyzeWorkers: e.JIAOHE_BOT_WORKERS ?? Math.min(2, availableParallelism()),
    analyzeTimeoutMs: (e.JIAOHE_ANALYZE_TIMEOUT_S ?? 90) * 1000,
    logContent: e.JIAOHE_LOG_CONTENT === "1",
    webhook,
    proxy: e.HTTPS_PROXY ?? e.https_proxy ?? null,
  };
}
