// Per-chat state on disk: survives a new store (restart), isolated per chat, serialised writes,
// atomic files, expiry after the TTL (admissions kept), damaged files dropped.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadBotConfig } from "../src/bot/config.js";
import { ChatStateStore } from "../src/bot/state.js";
import { isInputError } from "../src/model/errors.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "jiaohe-state-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const HOUR = 3600_000;

describe("ChatStateStore", () => {
  it("keeps each chat's data in its own file, readable by a new store (a restart)", async () => {
    const a = new ChatStateStore(dir, HOUR);
    await a.update(1, (s) => ({ state: { ...s, pending: { parts: ["一号的草稿"], lastAt: 5 } }, value: null }));
    await a.update(-100200, (s) => ({ state: { ...s, pending: { parts: ["群聊的草稿"], lastAt: 6 } }, value: null }));
    const b = new ChatStateStore(dir, HOUR);
    expect((await b.get(1)).pending?.parts).toEqual(["一号的草稿"]);
    expect((await b.get(-100200)).pending?.parts).toEqual(["群聊的草稿"]);
    expect((await b.get(2)).pending).toBeNull();
    expect(readdirSync(dir).sort()).toEqual(["chat_-100200.json", "chat_1.json"]);
    expect(statSync(join(dir, "chat_1.json")).mode & 0o077).toBe(0);
  });

  it("runs one chat's updates one after another (no lost write)", async () => {
    const store = new ChatStateStore(dir, HOUR);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        store.update(7, async (s) => {
          await new Promise((r) => setTimeout(r, Math.random() * 3));
          return { state: { ...s, pending: { parts: [...(s.pending?.parts ?? []), String(i)], lastAt: i } }, value: null };
        }),
      ),
    );
    const parts = (await store.get(7)).pending!.parts;
    expect(parts).toHaveLength(40);
    expect(parts).toEqual(Array.from({ length: 40 }, (_, i) => String(i)));
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("forgets report data after the TTL but remembers an admission", async () => {
    let now = 1_000_000;
    const store = new ChatStateStore(dir, HOUR, () => now);
    await store.update(3, (s) => ({ state: { ...s, admitted: true, pending: { parts: ["草稿"], lastAt: now } }, value: null }));
    await store.update(4, (s) => ({ state: { ...s, pending: { parts: ["草稿"], lastAt: now } }, value: null }));
    now += HOUR / 2;
    expect((await store.get(4)).pending).not.toBeNull();
    now += HOUR;
    expect((await store.get(4)).pending).toBeNull();
    const s3 = await store.get(3);
    expect(s3.pending).toBeNull();
    expect(s3.admitted).toBe(true);
    expect(await store.sweep()).toBe(2);
    expect(readdirSync(dir)).toEqual(["chat_3.json"]);
    expect(readFileSync(join(dir, "chat_3.json"), "utf8")).not.toContain("草稿");
    expect(await store.sweep()).toBe(0);
  });

  it("drops a damaged or foreign file instead of failing", async () => {
    writeFileSync(join(dir, "chat_5.json"), "{not json");
    writeFileSync(join(dir, "chat_6.json"), JSON.stringify({ chatId: 999, touchedAt: Date.now() }));
    const store = new ChatStateStore(dir, HOUR);
    expect((await store.get(5)).current).toBeNull();
    expect((await store.get(6)).chatId).toBe(6);
    expect((await store.get(6)).pending).toBeNull();
  });
});

describe("loadBotConfig", () => {
  const base = { TELEGRAM_BOT_TOKEN: "123456:ABCdefGHIjklMNO", JIAOHE_ALLOWED_CHATS: "1, -1002, 3" };

  it("reads the environment", () => {
    const c = loadBotConfig({ ...base, JIAOHE_STATE_TTL_HOURS: "2", TELEGRAM_API_ROOT: "http://127.0.0.1:9/" });
    expect(c.allowedChats).toEqual(new Set([1, -1002, 3]));
    expect(c.apiRoot).toBe("http://127.0.0.1:9");
    expect(c.stateTtlMs).toBe(2 * HOUR);
    expect(c.webhook).toBeNull();
    expect(loadBotConfig({ TELEGRAM_BOT_TOKEN: base.TELEGRAM_BOT_TOKEN, JIAOHE_INVITE_CODE: "abcdef" }).inviteCode).toBe("abcdef");
    expect(loadBotConfig({ ...base, TELEGRAM_API_ROOT: "" }).apiRoot).toBe("https://api.telegram.org");
  });

  it("says in Chinese what is missing or wrong", () => {
    const fails = (env: Record<string, string>, re: RegExp) => {
      try {
        loadBotConfig(env);
      } catch (e) {
        expect(isInputError(e)).toBe(true);
        if (isInputError(e)) expect(e.zh).toMatch(re);
        return;
      }
      throw new Error("expected an InputError");
    };
    fails({ JIAOHE_ALLOWED_CHATS: "1" }, /TELEGRAM_BOT_TOKEN/);
    fails({ TELEGRAM_BOT_TOKEN: "nonsense", JIAOHE_ALLOWED_CHATS: "1" }, /格式不对/);
    fails({ TELEGRAM_BOT_TOKEN: base.TELEGRAM_BOT_TOKEN }, /JIAOHE_ALLOWED_CHATS|JIAOHE_INVITE_CODE/);
    fails({ ...base, JIAOHE_ALLOWED_CHATS: "1,abc" }, /abc/);
    fails({ ...base, JIAOHE_WEBHOOK_URL: "https://bot.example.org/hook" }, /JIAOHE_WEBHOOK_SECRET/);
  });
});
