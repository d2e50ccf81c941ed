// The context every handler receives: grammY's, plus the bot's settings and its chat service.
import type { Context } from "grammy";
import type { BotConfig } from "./config.js";
import type { BotDeps } from "./deps.js";
import type { ChatService } from "./service.js";

export interface Jiaohe {
  config: BotConfig;
  deps: BotDeps;
  service: ChatService;
}

export type BotContext = Context & { jiaohe: Jiaohe };
