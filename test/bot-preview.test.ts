// The live preview of a streamed answer, against the fake Bot API: first text sent at once, later
// text edited in no more often than the interval, a withdrawal shown as such, nothing after finish.
import { Api } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { LivePreview } from "../src/bot/preview.js";
import { type FakeTelegram, startTelegramServer } from "./standins/telegram-server.js";

let tg: FakeTelegram | undefined;
afterEach(async () => {
  await tg?.close();
  tg = undefined;
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("LivePreview", () => {
  // Asserted by the order of events and lower bounds on time only: under a loaded CI host a sleep can
  // last far longer than asked, so "nothing yet after 50 ms" would be a race, not a test.
  it("sends, then edits at most once per interval, and stops at finish", async () => {
    tg = await startTelegramServer();
    tg.addChat(1);
    const api = new Api(tg.token, { apiRoot: tg.apiRoot });
    const interval = 400;
    const p = new LivePreview(api, 1, interval);
    const t0 = Date.now();
    p.update("表三");
    await tg.waitFor(() => tg!.messagesTo(1).length === 1, 5000, "the first preview");
    expect(tg.messagesTo(1).map((m) => m.text)).toEqual(["表三 …"]);
    // three updates inside one interval: one edit, not before the interval, with the latest text
    for (const t of ["表三「（一）", "表三「（一）予以公开」", "表三「（一）予以公开」行 <总计> & 各列"]) p.update(t);
    await tg.waitFor(() => tg!.messagesTo(1)[0]!.edits > 0, 5000, "the first edit");
    expect(Date.now() - t0).toBeGreaterThanOrEqual(interval);
    expect(tg.messagesTo(1)[0]!.edits).toBe(1);
    expect(tg.messagesTo(1)[0]!.text).toBe("表三「（一）予以公开」行 <总计> & 各列 …");
    p.update(null); // the agent withdrew the text
    await tg.waitFor(() => tg!.messagesTo(1)[0]!.text.includes("重新组织"), 5000, "the withdrawal");
    expect(tg.messagesTo(1)[0]!.edits).toBe(2);
    // the second edit waited for the interval after the first, counted from when that one was sent
    expect(Date.now() - t0).toBeGreaterThanOrEqual(2 * interval);
    p.update("新的回答");
    const id = await p.finish();
    expect(id).toBe(tg.messagesTo(1)[0]!.messageId);
    await sleep(interval + 100);
    expect(tg.messagesTo(1)).toHaveLength(1);
    expect(tg.messagesTo(1)[0]!.edits).toBe(2); // no edit after finish
    expect(tg.messagesTo(1)[0]!.text).toContain("重新组织");
    expect(tg.violations()).toEqual([]);
  });

  it("sends nothing when the answer comes without streaming", async () => {
    tg = await startTelegramServer();
    tg.addChat(2);
    const p = new LivePreview(new Api(tg.token, { apiRoot: tg.apiRoot }), 2, 200);
    expect(await p.finish()).toBeNull();
    expect(tg.messagesTo(2)).toHaveLength(0);
  });
});
