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
  it("sends, then edits at most once per interval, and stops at finish", async () => {
    tg = await startTelegramServer();
    tg.addChat(1);
    const api = new Api(tg.token, { apiRoot: tg.apiRoot });
    const p = new LivePreview(api, 1, 200);
    p.update("表三");
    await sleep(50);
    expect(tg.messagesTo(1).map((m) => m.text)).toEqual(["表三 …"]);
    for (const t of ["表三「（一）", "表三「（一）予以公开」", "表三「（一）予以公开」行 <总计> & 各列"]) p.update(t);
    await sleep(50);
    expect(tg.messagesTo(1)[0]!.edits).toBe(0); // within the interval: nothing yet
    await sleep(250);
    expect(tg.messagesTo(1)[0]!.text).toBe("表三「（一）予以公开」行 <总计> & 各列 …");
    expect(tg.messagesTo(1)[0]!.edits).toBe(1);
    p.update(null); // the agent withdrew the text
    await sleep(300);
    expect(tg.messagesTo(1)[0]!.text).toContain("重新组织");
    p.update("新的回答");
    const id = await p.finish();
    expect(id).toBe(tg.messagesTo(1)[0]!.messageId);
    await sleep(300);
    expect(tg.messagesTo(1)).toHaveLength(1);
    expect(tg.messagesTo(1)[0]!.text).toContain("重新组织"); // no edit after finish
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
