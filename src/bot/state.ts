// Per-chat state on disk: one JSON file per chat under the state directory, written atomically
// (temporary file + rename), so a restart or a crash never leaves half a file and a restarted bot
// carries on the conversation. Chats are isolated by construction: a chat's handlers only ever
// receive its own record. Report data expires after the TTL; an admission does not.
import { mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { type Finding, SeveritySchema } from "../model/finding.js";
import type { Report } from "../model/report.js";

// The report and findings were produced by the core and written by this store; they are checked
// for shape only, so one odd field from a reader (a NaN offset becomes null in JSON) cannot make a
// chat lose its report after a restart.
const StoredReportSchema = z.custom<Report>(
  (v) => z.object({ source: z.object({ sha256: z.string(), text: z.string() }), cells: z.record(z.string(), z.unknown()) }).safeParse(v).success,
  "not a stored report",
);
const StoredFindingSchema = z.custom<Finding>(
  (v) => z.object({ id: z.string(), message: z.string(), severity: SeveritySchema, cells: z.array(z.string()) }).safeParse(v).success,
  "not a stored finding",
);

export const CurrentReportSchema = z.object({
  /** Short key of this report (from its hash): stale buttons of an earlier report are recognised. */
  key: z.string(),
  name: z.string(),
  receivedAt: z.number(),
  report: StoredReportSchema,
  findings: z.array(StoredFindingSchema),
});
export type CurrentReport = z.infer<typeof CurrentReportSchema>;

export const ChatStateSchema = z.object({
  chatId: z.number(),
  /** Admitted by invitation code (the allow-list is checked against the config, not stored). */
  admitted: z.boolean().default(false),
  /** Last activity (ms since epoch): drives expiry. */
  touchedAt: z.number(),
  /** Pasted parts of a report being gathered. */
  pending: z.object({ parts: z.array(z.string()), lastAt: z.number() }).nullable().default(null),
  current: CurrentReportSchema.nullable().default(null),
  /** The last few questions and answers, so a follow-up question has context. */
  history: z.array(z.object({ role: z.enum(["user", "assistant"]), content: z.string() })).default([]),
});
export type ChatState = z.infer<typeof ChatStateSchema>;

export function emptyState(chatId: number, now: number): ChatState {
  return { chatId, admitted: false, touchedAt: now, pending: null, current: null, history: [] };
}

export class ChatStateStore {
  private readonly locks = new Map<number, Promise<unknown>>();
  private ready: Promise<void> | undefined;

  constructor(
    readonly dir: string,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private fileOf(chatId: number): string {
    if (!Number.isSafeInteger(chatId)) throw new Error(`bad chat id ${chatId}`);
    return join(this.dir, `chat_${chatId}.json`);
  }

  /**
   * Runs `fn` with the chat's state and saves what it returns (or deletes the file for null).
   * Calls for one chat run one after another, so timers and updates never interleave writes.
   */
  async update<T>(chatId: number, fn: (state: ChatState) => Promise<{ state: ChatState | null; value: T }> | { state: ChatState | null; value: T }): Promise<T> {
    return this.locked(chatId, async () => {
      const out = await fn(await this.load(chatId));
      if (out.state === null) await rm(this.fileOf(chatId), { force: true });
      else await this.save({ ...out.state, touchedAt: this.now() });
      return out.value;
    });
  }

  private locked<T>(chatId: number, fn: () => Promise<T>): Promise<T> {
    const run = (this.locks.get(chatId) ?? Promise.resolve()).then(fn);
    const settled = run.catch(() => undefined);
    this.locks.set(chatId, settled);
    void settled.then(() => {
      if (this.locks.get(chatId) === settled) this.locks.delete(chatId);
    });
    return run;
  }

  /** Reads a chat's state without changing it (expired report data already dropped). */
  async get(chatId: number): Promise<ChatState> {
    await (this.locks.get(chatId) ?? Promise.resolve());
    return this.load(chatId);
  }

  private async load(chatId: number): Promise<ChatState> {
    let raw: string;
    try {
      raw = await readFile(this.fileOf(chatId), "utf8");
    } catch {
      return emptyState(chatId, this.now());
    }
    let parsed: ChatState;
    try {
      // A file from an older version or damaged by hand is dropped, not fatal.
      parsed = ChatStateSchema.parse(JSON.parse(raw));
    } catch {
      return emptyState(chatId, this.now());
    }
    if (parsed.chatId !== chatId) return emptyState(chatId, this.now());
    if (this.now() - parsed.touchedAt > this.ttlMs) return { ...emptyState(chatId, this.now()), admitted: parsed.admitted };
    return parsed;
  }

  private async save(state: ChatState): Promise<void> {
    await this.ensureDir();
    const file = this.fileOf(state.chatId);
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(tmp, JSON.stringify(state), { mode: 0o600 });
    await rename(tmp, file);
  }

  private ensureDir(): Promise<void> {
    this.ready ??= mkdir(this.dir, { recursive: true, mode: 0o700 }).then(() => undefined);
    return this.ready;
  }

  /** Chats with a file on disk (to resume gathering pastes after a restart). */
  async chatIds(): Promise<number[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    return names.flatMap((n) => {
      const m = /^chat_(-?\d+)\.json$/.exec(n);
      return m ? [Number(m[1])] : [];
    });
  }

  /** Deletes expired report data from disk (admissions are kept); returns how many chats expired. */
  async sweep(): Promise<number> {
    let expired = 0;
    for (const id of await this.chatIds()) {
      await this.locked(id, async () => {
        const raw = await readFile(this.fileOf(id), "utf8").catch(() => null);
        const parsed = raw === null ? null : ChatStateSchema.safeParse(safeJson(raw));
        const state = parsed?.success ? parsed.data : null;
        const bare = state?.admitted && !state.current && !state.pending && state.history.length === 0;
        if (state && (bare || this.now() - state.touchedAt <= this.ttlMs)) return;
        expired++;
        if (state?.admitted) await this.save({ ...emptyState(id, state.touchedAt), admitted: true });
        else await rm(this.fileOf(id), { force: true });
      });
    }
    return expired;
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
