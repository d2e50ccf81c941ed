// The production bot against the fake Bot API over loopback: a real HTTP conversation.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SEEDS_DIR } from "./helpers/gold.js";
import { type Harness, startHarness } from "./bot-harness.js";

const SEED_002 = readFileSync(join(SEEDS_DIR, "002_4ae575586cf2a2c2.txt"), "utf8");

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("bot over the Bot API", () => {
  it("answers /start and /help in Chinese and registers its commands", async () => {
    h = await startHarness();
    h.tg.sendText(101, "/start");
    h.tg.sendText(101, "/help");
    const msgs = await h.tg.waitFor(() => (h!.tg.messagesTo(101).length >= 2 ? h!.tg.messagesTo(101) : undefined));
    expect(msgs[0]!.text).toContain("校核");
    expect(msgs[1]!.text).toContain("/draft");
    expect(h.tg.callsOf("setMyCommands")[0]!.payload.commands).toEqual(expect.arrayContaining([expect.objectContaining({ command: "check" })]));
    expect(h.tg.callsOf("deleteWebhook")).toHaveLength(1);
  });

  it("checks a pasted seed report and lists the gold findings", async () => {
    h = await startHarness();
    h.tg.sendText(102, SEED_002);
    const msgs = await h.tg.waitFor(() => {
      const m = h!.tg.messagesTo(102);
      return m.some((x) => x.replyMarkup) && m.at(-1)?.text.includes("提问") ? m : undefined;
    });
    for (const m of msgs) console.log(m.text, JSON.stringify(m.replyMarkup));
  });
});
