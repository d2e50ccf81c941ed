// createBot fixes the middleware order in one place: enrichment, error boundary, per-chat ordering,
// access, features, `unhandled` last. Long polling through @grammyjs/runner by default; a webhook
// (acknowledge first, then process) when configured. Flood waits (429) are retried by auto-retry.
import { createServer, type Server } from "node:http";
import { autoRetry } from "@grammyjs/auto-retry";
import { type RunnerHandle, run, sequentialize } from "@grammyjs/runner";
import { Bot, BotError, GrammyError, HttpError } from "grammy";
import type { Update } from "grammy/types";
import type { BotConfig } from "./config.js";
import type { BotContext } from "./context.js";
import type { BotDeps } from "./deps.js";
import { accessFeature } from "./features/access.js";
import { buttonsFeature } from "./features/buttons.js";
import { helpFeature } from "./features/help.js";
import { intakeFeature } from "./features/intake.js";
import { questionsFeature } from "./features/questions.js";
import { unhandledFeature } from "./features/unhandled.js";
import { COMMANDS, M } from "./messages.js";
import { proxyAgent } from "./proxy.js";
import { ChatService } from "./service.js";
import { ChatStateStore } from "./state.js";

export interface JiaoheBot {
  bot: Bot<BotContext>;
  service: ChatService;
  /** Connects to Telegram and starts receiving updates; resolves once running. */
  start(): Promise<void>;
  /** Stops receiving, lets running work finish, keeps every chat's state on disk. */
  stop(): Promise<void>;
}

const SWEEP_INTERVAL_MS = 3600_000;

export function createBot(config: BotConfig, deps: BotDeps): JiaoheBot {
  // The proxy tunnels HTTPS only; a plain-HTTP API root is a local Bot API server, reached directly.
  const agent = config.proxy && config.apiRoot.startsWith("https:") ? proxyAgent(config.proxy) : undefined;
  const bot = new Bot<BotContext>(config.token, {
    client: { apiRoot: config.apiRoot, ...(agent ? { baseFetchConfig: { agent, compress: true } } : {}) },
  });
  const store = new ChatStateStore(config.stateDir, config.stateTtlMs, deps.now);
  const service = new ChatService(bot.api, config, deps, store, agent);

  bot.use((ctx, next) => {
    ctx.jiaohe = { config, deps, service };
    return next();
  });
  const safe = bot.errorBoundary((err) => onError(err, deps, config));
  safe.use(sequentialize((ctx: BotContext) => ctx.chat?.id.toString()));
  // Also orders each chat's updates against its paste timer (see ChatService.schedule).
  safe.use((ctx, next) => (ctx.chat ? service.queue.run(ctx.chat.id, next) : next()));
  safe.use(accessFeature(), helpFeature(), intakeFeature(), buttonsFeature(), questionsFeature(), unhandledFeature());
  bot.catch((err) => onError(err, deps, config));

  let runner: RunnerHandle | undefined;
  let webhookServer: Server | undefined;
  let sweeper: NodeJS.Timeout | undefined;
  const inflight = new Set<Promise<void>>();

  return {
    bot,
    service,
    async start() {
      // Startup calls fail fast (a wrong token or no route to Telegram is reported, not retried
      // forever); from then on flood waits (429) and network errors are retried.
      // (bot.init() would retry getMe forever on network errors.)
      if (!bot.isInited()) bot.botInfo = await bot.api.getMe();
      await bot.api.setMyCommands([...COMMANDS]);
      if (!config.webhook) await bot.api.deleteWebhook();
      // getUpdates is left to the runner's own steady retry: auto-retry's backoff grows to an hour.
      const retry = autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 120 });
      bot.api.config.use((prev, method, payload, signal) => (method === "getUpdates" ? prev(method, payload, signal) : retry(prev, method, payload, signal)));
      await store.sweep();
      sweeper = setInterval(() => void store.sweep().catch(() => undefined), SWEEP_INTERVAL_MS);
      sweeper.unref();
      const resumed = await service.resumePending();
      if (config.webhook) {
        webhookServer = await listenWebhook(config, (u) => {
          const p = bot.handleUpdate(u).catch(() => undefined);
          inflight.add(p);
          void p.finally(() => inflight.delete(p));
        });
        await bot.api.setWebhook(config.webhook.url, { secret_token: config.webhook.secret, allowed_updates: ["message", "callback_query"] });
      } else {
        // (deleteWebhook above: a webhook left from an earlier deployment would make getUpdates fail.)
        runner = run(bot, {
          runner: { fetch: { timeout: config.pollTimeoutSeconds, allowed_updates: ["message", "callback_query"] }, retryInterval: 2000 },
          sink: { concurrency: 64 },
        });
      }
      deps.log.info("bot.started", { username: bot.botInfo.username, mode: config.webhook ? "webhook" : "polling", resumed });
    },
    async stop() {
      clearInterval(sweeper);
      if (runner?.isRunning()) await runner.stop();
      if (webhookServer) {
        // Updates are acknowledged on arrival, so idle keep-alive connections can go at once.
        const closed = new Promise<void>((r) => webhookServer!.close(() => r()));
        webhookServer.closeIdleConnections();
        await closed;
      }
      await Promise.all(inflight);
      await service.queue.idle();
      service.stop();
      await deps.close?.();
      deps.log.info("bot.stopped");
    },
  };
}

function onError(err: BotError<BotContext> | unknown, deps: BotDeps, config: BotConfig): void {
  const e = err instanceof BotError ? err.error : err;
  const ctx = err instanceof BotError ? err.ctx : undefined;
  const detail =
    e instanceof GrammyError ? e.description : e instanceof HttpError ? "network" : config.logContent && e instanceof Error ? e.message : null;
  deps.log.error("update.failed", {
    update: ctx?.update.update_id ?? null,
    chat: ctx?.chat?.id ?? null,
    error: e instanceof Error ? e.name : typeof e,
    detail,
  });
  if (ctx?.chat) void ctx.api.sendMessage(ctx.chat.id, M.internalError).catch(() => undefined);
}

/** Webhook receiver: checks Telegram's secret header, acknowledges at once, processes after. */
function listenWebhook(config: BotConfig, handle: (u: Update) => void): Promise<Server> {
  const hook = config.webhook!;
  const server = createServer((req, res) => {
    if (req.method !== "POST" || req.url !== hook.path || req.headers["x-telegram-bot-api-secret-token"] !== hook.secret) {
      res.writeHead(req.method === "POST" && req.url === hook.path ? 401 : 404).end();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > 1024 * 1024) req.destroy();
      else chunks.push(c);
    });
    req.on("end", () => {
      let update: Update;
      try {
        update = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Update;
      } catch {
        res.writeHead(400).end();
        return;
      }
      res.writeHead(200).end();
      if (typeof update?.update_id === "number") handle(update);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(hook.port, hook.host, () => resolve(server));
  });
}
