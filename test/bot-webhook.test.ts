// Webhook mode: the bot registers its URL with the secret, refuses posts without the secret,
// acknowledges at once and replies through the Bot API.
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./bot-harness.js";

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("bot in webhook mode", () => {
  it("checks the secret, acknowledges, then answers", async () => {
    const port = await freePort();
    const secret = "s3cret-token-for-tests-0123";
    h = await startHarness({
      env: { JIAOHE_WEBHOOK_URL: `https://bot.example.org/hook`, JIAOHE_WEBHOOK_PORT: String(port), JIAOHE_WEBHOOK_SECRET: secret },
    });
    const set = h.tg.callsOf("setWebhook")[0]!;
    expect(set.payload).toMatchObject({ url: "https://bot.example.org/hook", secret_token: secret });
    expect(h.tg.callsOf("getUpdates")).toHaveLength(0);
    h.tg.addChat(601);
    const update = {
      update_id: 9001,
      message: { message_id: 1, date: 0, chat: { id: 601, type: "private" }, from: { id: 601, is_bot: false, first_name: "测试" }, text: "/help", entities: [{ type: "bot_command", offset: 0, length: 5 }] },
    };
    const post = (headers: Record<string, string>) =>
      fetch(`http://127.0.0.1:${port}/hook`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(update) });
    expect((await post({})).status).toBe(401);
    expect((await post({ "x-telegram-bot-api-secret-token": "wrong" })).status).toBe(401);
    expect(h.tg.messagesTo(601)).toHaveLength(0);
    expect((await post({ "x-telegram-bot-api-secret-token": secret })).status).toBe(200);
    const reply = await h.tg.waitFor(() => h!.tg.messagesTo(601)[0]);
    expect(reply.text).toContain("用法");
    expect(h.tg.violations()).toEqual([]);
  });
});
