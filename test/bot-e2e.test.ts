// The production bot against the fake Bot API over loopback: real HTTP, real long polling, real
// multipart uploads and file downloads. Expected findings come from the gold files, never from
// the bot's own earlier output. Every test ends by checking the bot broke no Telegram rule.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Finding } from "../src/model/finding.js";
import { ChatStateStore } from "../src/bot/state.js";
import { CORPUS_DERIVED, SEEDS_DIR, seedCases } from "./helpers/gold.js";
import { type Harness, startHarness } from "./bot-harness.js";
import { startOpenAIStandin } from "./standins/openai-server.js";
import type { SentMessage } from "./standins/telegram-server.js";

const SEED_002 = readFileSync(join(SEEDS_DIR, "002_4ae575586cf2a2c2.txt"), "utf8");
const GOLD_002 = seedCases().find((c) => c.stem === "002_4ae575586cf2a2c2")!.gold;

let h: Harness | undefined;
afterEach(async () => {
  if (h) {
    const violations = h.tg.violations();
    await h.close();
    h = undefined;
    expect(violations.map((v) => `${v.method}: ${v.description}`)).toEqual([]);
  }
});

/** All messages of a chat once the findings round is complete (the closing hint or the file). */
function findingsRound(chatId: number, timeoutMs = 15_000): Promise<SentMessage[]> {
  return h!.tg.waitFor(
    () => {
      const m = h!.tg.messagesTo(chatId);
      return m.some((x) => x.text.includes("提问") || x.document) ? m : undefined;
    },
    timeoutMs,
    `findings in chat ${chatId}`,
  );
}

async function storedFindings(chatId: number): Promise<Finding[]> {
  const s = await new ChatStateStore(h!.stateDir, h!.config.stateTtlMs).get(chatId);
  return s.current?.findings ?? [];
}

/** The gold findings of seed 002 the issue names: the missing 其他 column and the two row sums. */
function expectGold002(findings: Finding[], texts: string) {
  const required = GOLD_002.expected_findings.filter((g) => g.family === "missing-column" || g.family === "row-sum");
  expect(required).toHaveLength(3);
  for (const g of required) {
    const hit = findings.find((f) => f.family === g.family && g.cells.some((c) => f.cells.includes(c)));
    expect(hit, `${g.family} ${g.cells[0]}`).toBeDefined();
    expect(texts).toContain(hit!.message);
  }
  // The printed totals the row sums disagree with, as the gold reads them.
  expect(texts).toContain(String(GOLD_002.cells["applications.granted.total"]));
  expect(texts).toContain(String(GOLD_002.cells["applications.total.total"]));
  expect(texts).toMatch(/「其他」列/);
}

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

  it("checks a pasted seed report: summary by table, findings with buttons, gold findings present", async () => {
    h = await startHarness();
    h.tg.sendText(102, SEED_002);
    const msgs = await findingsRound(102);
    const texts = msgs.map((m) => m.text).join("\n");
    expect(msgs[0]!.text).toMatch(/发现 \d+ 个问题/);
    expect(msgs[0]!.edits).toBe(1); // "正在核对…" became the summary
    expect(msgs[0]!.text).toContain("表三");
    const findings = await storedFindings(102);
    expect(msgs[0]!.text).toContain(`发现 ${findings.length} 个问题`);
    expectGold002(findings, texts);
    const buttons = msgs.flatMap((m) => m.replyMarkup?.inline_keyboard.flat() ?? []);
    expect(buttons.filter((b) => b.text.startsWith("解释"))).toHaveLength(Math.min(findings.length, 10));
    expect(buttons.filter((b) => b.text.startsWith("怎么改"))).toHaveLength(Math.min(findings.length, 10));
    // No report content in the logs: not the issuer, not a figure's wording.
    const logs = h.logs.join("\n");
    expect(logs).toContain("report.checked");
    expect(logs).not.toContain(GOLD_002.issuer);
    expect(logs).not.toContain("予以公开");
  });

  it("gathers a report pasted in several messages into one check", async () => {
    h = await startHarness({ env: { JIAOHE_PASTE_QUIET_MS: "400" } });
    const lines = SEED_002.split("\n");
    const third = Math.ceil(lines.length / 3);
    for (let i = 0; i < 3; i++) h.tg.sendText(103, lines.slice(i * third, (i + 1) * third).join("\n"));
    const msgs = await findingsRound(103);
    expect(msgs.filter((m) => /发现 \d+ 个问题/.test(m.text))).toHaveLength(1);
    expectGold002(await storedFindings(103), msgs.map((m) => m.text).join("\n"));
  });

  it("/check analyses the gathered parts at once", async () => {
    h = await startHarness({ env: { JIAOHE_PASTE_QUIET_MS: "600000" } });
    const half = SEED_002.indexOf("三、");
    h.tg.sendText(104, SEED_002.slice(0, half));
    h.tg.sendText(104, SEED_002.slice(half));
    await h.tg.waitFor(() => h!.tg.callsOf("sendChatAction").length >= 2);
    expect(h.tg.messagesTo(104)).toHaveLength(0);
    h.tg.sendText(104, "/check");
    const msgs = await findingsRound(104);
    expectGold002(await storedFindings(104), msgs.map((m) => m.text).join("\n"));
    h.tg.sendText(104, "/check");
    await h.tg.waitFor(() => h!.tg.messagesTo(104).at(-1)?.text.includes("还没有收到报告"));
  });

  it("checks a .docx seed sent as a document (getFile + download)", async () => {
    h = await startHarness();
    const docx = readFileSync(join(CORPUS_DERIVED, "002_4ae575586cf2a2c2.docx"));
    h.tg.sendDocument(105, docx, "卢氏县2024年报.docx");
    const msgs = await findingsRound(105);
    expect(h.tg.callsOf("getFile")).toHaveLength(1);
    const findings = await storedFindings(105);
    const rowSums = GOLD_002.expected_findings.filter((g) => g.family === "row-sum");
    for (const g of rowSums) expect(findings.some((f) => f.family === "row-sum" && f.cells.includes(g.cells[0]!))).toBe(true);
    expect(msgs.map((m) => m.text).join("\n")).toContain(String(GOLD_002.cells["applications.granted.total"]));
  });

  it("explains a finding and says how to fix it when its buttons are pressed", async () => {
    h = await startHarness();
    h.tg.sendText(106, SEED_002);
    const msgs = await findingsRound(106);
    const findings = await storedFindings(106);
    const i = findings.findIndex((f) => f.family === "row-sum");
    const withButtons = msgs.find((m) => m.replyMarkup?.inline_keyboard.flat().some((b) => b.text === `解释 ${i + 1}`))!;
    const data = (label: string) => withButtons.replyMarkup!.inline_keyboard.flat().find((b) => b.text === label)!.callback_data!;
    const before = h.tg.messagesTo(106).length;
    const q1 = h.tg.pressButton(106, withButtons.messageId, data(`解释 ${i + 1}`));
    const explained = await h.tg.waitFor(() => h!.tg.messagesTo(106)[before]);
    expect(h.tg.callsOf("answerCallbackQuery").some((c) => c.payload.callback_query_id === q1 && c.ok)).toBe(true);
    expect(explained.text).toContain(`第 ${i + 1} 条 · 解释`);
    expect(explained.text).toContain(findings[i]!.message);
    expect(explained.text.length).toBeGreaterThan(findings[i]!.message.length + 20);
    h.tg.pressButton(106, withButtons.messageId, data(`怎么改 ${i + 1}`));
    const fix = await h.tg.waitFor(() => h!.tg.messagesTo(106)[before + 1]);
    expect(fix.text).toContain(`第 ${i + 1} 条 · 怎么改`);
    expect(fix.text).not.toBe(explained.text);

    // A new report makes the old buttons stale: the person is told, nothing is explained wrongly.
    h.tg.sendText(106, readFileSync(join(SEEDS_DIR, "000_855a3ef0bc8273b0.txt"), "utf8"));
    await h.tg.waitFor(() => h!.tg.messagesTo(106).filter((m) => /发现 \d+ 个问题|没有发现问题/.test(m.text)).length === 2);
    const q3 = h.tg.pressButton(106, withButtons.messageId, data(`解释 ${i + 1}`));
    const stale = await h.tg.waitFor(() => h!.tg.callsOf("answerCallbackQuery").find((c) => c.payload.callback_query_id === q3));
    expect(String(stale.payload.text)).toContain("之前的报告");
    expect(stale.payload.show_alert).toBe(true);
  });

  it("answers a free question without a model from the findings of the table asked about", async () => {
    h = await startHarness();
    h.tg.sendText(107, "为什么表三不平？");
    const first = await h.tg.waitFor(() => h!.tg.messagesTo(107)[0]);
    expect(first.text).toContain("请先发送一份报告");
    h.tg.sendText(107, SEED_002);
    await findingsRound(107);
    const before = h.tg.messagesTo(107).length;
    h.tg.sendText(107, "为什么表三不平？");
    const answer = await h.tg.waitFor(() => h!.tg.messagesTo(107)[before]);
    expect(answer.text).toContain("未配置大模型");
    const findings = await storedFindings(107);
    for (const f of findings.filter((x) => x.family === "row-sum")) expect(answer.text).toContain(f.message);
    // Findings of table 二 are not part of an answer about table 三.
    const active = findings.find((f) => f.cells[0]?.startsWith("active."));
    if (active) expect(answer.text).not.toContain(active.message);
    // "不平" is about the arithmetic: a label typo is not part of the answer.
    const label = findings.find((f) => f.family === "label-deviation");
    if (label) expect(answer.text).not.toContain(label.message);
  });

  it("drafts a section without a model from the report's own figures (/draft and a free request)", async () => {
    h = await startHarness();
    h.tg.sendText(114, "/draft 总体情况");
    await h.tg.waitFor(() => h!.tg.messagesTo(114)[0]?.text.includes("请先发送一份报告"));
    h.tg.sendText(114, SEED_002);
    await findingsRound(114);
    for (const ask of ["/draft 总体情况", "帮我写总体情况"]) {
      const before = h.tg.messagesTo(114).length;
      h.tg.sendText(114, ask);
      const draft = await h.tg.waitFor(() => h!.tg.messagesTo(114)[before]);
      expect(draft.text).toContain("一、总体情况");
      expect(draft.text).toContain(`新收政府信息公开申请${GOLD_002.cells["applications.new.total"]}件`);
      expect(draft.text).toContain(`予以公开${GOLD_002.cells["applications.granted.total"]}件`);
    }
    const before = h.tg.messagesTo(114).length;
    h.tg.sendText(114, "/draft");
    await h.tg.waitFor(() => h!.tg.messagesTo(114)[before]?.text.includes("/draft 总体情况"));
  });

  it("splits a long answer into numbered parts Telegram accepts", async () => {
    // An answer as a model might write it: Markdown, characters HTML must escape, far over 4096.
    const paragraphs = Array.from(
      { length: 60 },
      (_, i) => `**第 ${i + 1} 段** 「（一）予以公开」行 \`总计\` < 各列之和 & 需核对；${"依申请公开的办理结果应与台账一致。".repeat(6)}`,
    );
    h = await startHarness({ deps: { ask: async () => ({ text: paragraphs.join("\n\n"), byModel: true }) } });
    h.tg.sendText(113, "这份报告都有哪些问题？");
    const parts = await h.tg.waitFor(() => {
      const m = h!.tg.messagesTo(113);
      const n = Number(/^（1\/(\d+)）/.exec(m[0]?.text ?? "")?.[1] ?? 0);
      return n > 1 && m.length >= n ? m : undefined;
    });
    parts.forEach((p, i) => {
      expect(p.text.length).toBeLessThanOrEqual(4096);
      expect(p.text.startsWith(`（${i + 1}/${parts.length}）`)).toBe(true);
    });
    const all = parts.map((p) => p.text).join("\n");
    // Every paragraph arrives whole (cuts fall between paragraphs), with its characters intact.
    for (const para of paragraphs) expect(all).toContain(para.replaceAll("**", "").replaceAll("`", ""));
  });

  it("turns a streamed preview into the final answer (one message, edited)", async () => {
    h = await startHarness({
      deps: {
        ask: async (_q, _c, _h, onProgress) => {
          onProgress?.("表三「（一）予以公开」行");
          await new Promise((r) => setTimeout(r, 150));
          return { text: "表三「（一）予以公开」行的**总计**与各列之和不一致，请按台账核对。", byModel: true };
        },
      },
    });
    h.tg.sendText(117, "为什么表三不平？");
    const m = await h.tg.waitFor(() => h!.tg.messagesTo(117).find((x) => x.text.includes("请按台账核对")));
    expect(m.edits).toBe(1);
    expect(m.html).toContain("<b>总计</b>");
    expect(h.tg.messagesTo(117)).toHaveLength(1);
  });

  it("refuses chats not on the allow-list and admits one with the invitation code", async () => {
    h = await startHarness({ env: { JIAOHE_ALLOWED_CHATS: "201", JIAOHE_INVITE_CODE: "letmein-2024" } });
    h.tg.sendText(202, SEED_002);
    const refused = await h.tg.waitFor(() => h!.tg.messagesTo(202)[0]);
    expect(refused.text).toContain("仅供受邀请");
    h.tg.sendText(202, "/start wrong-code");
    await h.tg.waitFor(() => h!.tg.messagesTo(202)[1]);
    expect(h.tg.messagesTo(202)[1]!.text).toContain("邀请码不对");
    // Nothing of the refused chat's report was stored or analysed.
    expect(existsSync(join(h.stateDir, "chat_202.json"))).toBe(false);
    expect(h.tg.callsOf("sendChatAction").filter((c) => c.payload.chat_id === 202)).toHaveLength(0);
    h.tg.sendText(202, "/start letmein-2024");
    await h.tg.waitFor(() => h!.tg.messagesTo(202)[2]?.text.includes("欢迎使用"));
    h.tg.sendText(202, SEED_002);
    await findingsRound(202);
    h.tg.sendText(201, "/help");
    await h.tg.waitFor(() => h!.tg.messagesTo(201)[0]?.text.includes("用法"));
    // A third chat pressing a forged button gets an alert, not another chat's data.
    const q = h.tg.pressButton(203, 1, "x:0:whatever");
    const ans = await h.tg.waitFor(() => h!.tg.callsOf("answerCallbackQuery").find((c) => c.payload.callback_query_id === q));
    expect(String(ans.payload.text)).toContain("仅供受邀请");
  });

  it("refuses an oversized file before downloading it, and stops a download that exceeds the cap", async () => {
    h = await startHarness({ env: { JIAOHE_MAX_FILE_MB: "1" } });
    h.tg.sendDocument(108, Buffer.from("x"), "年报.pdf", 25 * 1024 * 1024);
    const m1 = await h.tg.waitFor(() => h!.tg.messagesTo(108)[0]);
    expect(m1.text).toContain("文件太大");
    expect(h.tg.callsOf("getFile")).toHaveLength(0);
    // Telegram's declared size can be missing or wrong: the download itself is capped.
    h.tg.sendDocument(108, Buffer.alloc(2 * 1024 * 1024, 0x41), "年报.txt", 1000);
    const m2 = await h.tg.waitFor(() => h!.tg.messagesTo(108)[1]);
    expect(m2.text).toContain("文件太大");
    h.tg.sendDocument(108, Buffer.from("图片"), "截图.png");
    const m3 = await h.tg.waitFor(() => h!.tg.messagesTo(108)[2]);
    expect(m3.text).toContain("暂不支持");
    // A file of an accepted type that is not readable: the reader's reason, in Chinese.
    h.tg.sendDocument(108, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff, 0xfe, 0x00]), "坏文件.pdf");
    const m4 = await h.tg.waitFor(() => (h!.tg.messagesTo(108)[3]?.edits ? h!.tg.messagesTo(108)[3] : undefined));
    expect(m4.text).toContain("无法读取这份报告");
  });

  it("keeps a conversation across a restart: buttons and questions still work, a gathered paste is resumed", async () => {
    h = await startHarness();
    h.tg.sendText(109, SEED_002);
    const msgs = await findingsRound(109);
    await h.restart();
    const withButtons = msgs.find((m) => m.replyMarkup)!;
    const first = withButtons.replyMarkup!.inline_keyboard[0]![0]!;
    const before = h.tg.messagesTo(109).length;
    h.tg.pressButton(109, withButtons.messageId, first.callback_data!);
    const explained = await h.tg.waitFor(() => h!.tg.messagesTo(109)[before]);
    expect(explained.text).toContain("第 1 条 · 解释");
    h.tg.sendText(109, "表三为什么不平？");
    const answer = await h.tg.waitFor(() => h!.tg.messagesTo(109)[before + 1]);
    expect(answer.text).toContain("表三");
    expect(answer.text).not.toContain("请先发送");
    // Nothing handled before the restart was handled again after it.
    expect(h.tg.messagesTo(109).filter((m) => /发现 \d+ 个问题/.test(m.text))).toHaveLength(1);
    expect(h.tg.unconfirmed).toBe(0);

    // A paste interrupted by a restart is checked once the new process is up.
    await h.bot.stop();
    const h2 = await startHarness({ tg: h.tg, stateDir: h.stateDir, env: { JIAOHE_PASTE_QUIET_MS: "600000" } });
    h2.tg.sendText(110, SEED_002);
    await h2.tg.waitFor(() => existsSync(join(h!.stateDir, "chat_110.json")) && h2.tg.callsOf("sendChatAction").some((c) => c.payload.chat_id === 110));
    await h2.bot.stop();
    const h3 = await startHarness({ tg: h.tg, stateDir: h.stateDir, env: { JIAOHE_PASTE_QUIET_MS: "100" } });
    const dir = h.stateDir;
    h = Object.assign(h3, {
      close: async () => {
        await h3.bot.stop();
        await h3.tg.close();
        rmSync(dir, { recursive: true, force: true });
      },
    });
    await findingsRound(110);
  });

  it("serves 50 chats at once without losing or crossing a reply", async () => {
    h = await startHarness();
    const seeds = seedCases();
    const chats = Array.from({ length: 50 }, (_, i) => ({ chatId: 1000 + i, seed: seeds[i % seeds.length]! }));
    for (const c of chats) h.tg.sendText(c.chatId, readFileSync(c.seed.file, "utf8"));
    await h.tg.waitFor(() => chats.every((c) => h!.tg.messagesTo(c.chatId).some((m) => /发现 \d+ 个问题|没有发现问题/.test(m.text))), 60_000, "50 summaries");
    await new Promise((r) => setTimeout(r, 300));
    const keyOf = new Map<string, string>();
    for (const c of chats) {
      const msgs = h.tg.messagesTo(c.chatId);
      const summaries = msgs.filter((m) => /发现 \d+ 个问题|没有发现问题/.test(m.text));
      expect(summaries, `chat ${c.chatId}`).toHaveLength(1);
      const all = msgs.map((m) => m.text).join("\n");
      for (const other of seeds) if (other.gold.issuer !== c.seed.gold.issuer) expect(all).not.toContain(other.gold.issuer);
      const stored = await new ChatStateStore(h.stateDir, h.config.stateTtlMs).get(c.chatId);
      expect(stored.current?.report.issuer).toBe(c.seed.gold.issuer);
      // Same report, same key, in every chat that sent it; buttons carry that chat's key.
      const key = stored.current!.key;
      expect(keyOf.get(c.seed.stem) ?? key).toBe(key);
      keyOf.set(c.seed.stem, key);
      for (const b of msgs.flatMap((m) => m.replyMarkup?.inline_keyboard.flat() ?? [])) expect(b.callback_data).toContain(key);
    }
    expect(new Set(keyOf.values()).size).toBe(seeds.length);
    expect(readdirSync(h.stateDir).filter((f) => f.endsWith(".json"))).toHaveLength(50);
  });

  it("/reset forgets the chat's report: old buttons go stale, questions ask for a report", async () => {
    h = await startHarness();
    h.tg.sendText(116, SEED_002);
    const msgs = await findingsRound(116);
    h.tg.sendText(116, "/reset");
    await h.tg.waitFor(() => h!.tg.messagesTo(116).at(-1)?.text.includes("已清除"));
    expect(existsSync(join(h.stateDir, "chat_116.json"))).toBe(false);
    const withButtons = msgs.find((m) => m.replyMarkup)!;
    const q = h.tg.pressButton(116, withButtons.messageId, withButtons.replyMarkup!.inline_keyboard[0]![0]!.callback_data!);
    const ans = await h.tg.waitFor(() => h!.tg.callsOf("answerCallbackQuery").find((c) => c.payload.callback_query_id === q));
    expect(String(ans.payload.text)).toContain("之前的报告");
    const before = h.tg.messagesTo(116).length;
    h.tg.sendText(116, "为什么表三不平？");
    await h.tg.waitFor(() => h!.tg.messagesTo(116)[before]?.text.includes("请先发送一份报告"));
  });

  it("apologises without details when the checker fails, and logs no report content", async () => {
    h = await startHarness({
      deps: {
        analyze: async (source) => {
          throw new Error(`checker bug while reading ${"text" in source ? source.text.slice(0, 40) : source.name}`);
        },
      },
    });
    h.tg.sendText(115, SEED_002);
    const reply = await h.tg.waitFor(() => (h!.tg.messagesTo(115)[0]?.edits ? h!.tg.messagesTo(115)[0] : undefined));
    expect(reply.text).toContain("出了问题");
    expect(h.tg.messagesTo(115)).toHaveLength(1);
    expect(reply.text).not.toContain("checker bug");
    const logs = h.logs.join("\n");
    expect(logs).toContain('"level":"error"');
    expect(logs).not.toContain(SEED_002.slice(0, 20));
    // The bot carries on.
    h.tg.sendText(115, "/help");
    await h.tg.waitFor(() => h!.tg.messagesTo(115)[1]?.text.includes("用法"));
  });

  it("waits out a flood limit (429 retry_after) and still delivers the reply", async () => {
    h = await startHarness();
    h.tg.floodNext("sendMessage", 1);
    h.tg.sendText(111, "/help");
    const m = await h.tg.waitFor(() => h!.tg.messagesTo(111)[0], 10_000);
    expect(m.text).toContain("用法");
    const calls = h.tg.callsOf("sendMessage");
    expect(calls[0]!.ok).toBe(false);
    expect(calls[1]!.ok).toBe(true);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(900);
  });

  it("sends a long list of findings as an attached Markdown file", async () => {
    h = await startHarness({ env: { JIAOHE_MAX_FINDINGS_INLINE: "3" } });
    h.tg.sendText(112, SEED_002);
    const msgs = await findingsRound(112);
    const findings = await storedFindings(112);
    expect(findings.length).toBeGreaterThan(3);
    const doc = msgs.find((m) => m.document)!;
    expect(doc.document!.filename).toMatch(/\.md$/);
    const md = doc.document!.bytes.toString("utf8");
    for (const f of findings) expect(md).toContain(f.message);
    expect(msgs.flatMap((m) => m.replyMarkup?.inline_keyboard ?? [])).toHaveLength(3);
    expect(doc.text).toContain(`${findings.length} 个问题`);
  });
});

describe("bot with a model (OpenAI-compatible stand-in)", () => {
  it("sends a question to the agent with the chat's report only, and shows its checked answer", async () => {
    const llm = await startOpenAIStandin({
      apiKey: "sk-test",
      respond: (body) => {
        const msgs = body.messages ?? [];
        const reportId = /rpt_[0-9a-f]{10}/.exec(String(msgs[0]?.content ?? ""))?.[0] ?? "";
        const question = String(msgs.filter((m) => m.role === "user").at(-1)?.content ?? "");
        const toolResults = msgs.filter((m) => m.role === "tool");
        if (toolResults.length === 0)
          // First round: try the report of the OTHER chat as well: it must not be reachable.
          return {
            toolCalls: [
              { name: "list_findings", arguments: { reportId, severity: null, family: "row-sum", cursor: null, limit: 10 } },
              { name: "list_findings", arguments: { reportId: otherId, severity: null, family: null, cursor: null, limit: 10 } },
            ],
          };
        seen.push({ question, reportId, tools: toolResults.map((m) => JSON.parse(String(m.content)) as { ok: boolean; error?: { code: string } }) });
        return { content: "表三「（一）予以公开」行的「总计」填报{{applications.granted.total}}，与各列之和不一致。" };
      },
    });
    const seen: { question: string; reportId: string; tools: { ok: boolean; error?: { code: string } }[] }[] = [];
    let otherId = "";
    try {
      h = await startHarness({ env: { OPENAI_BASE_URL: llm.url, OPENAI_API_KEY: "sk-test", JIAOHE_MODEL: "test-model" } });
      h.tg.sendText(701, SEED_002);
      h.tg.sendText(702, readFileSync(join(SEEDS_DIR, "000_855a3ef0bc8273b0.txt"), "utf8"));
      await findingsRound(701);
      await findingsRound(702);
      const s702 = await new ChatStateStore(h.stateDir, h.config.stateTtlMs).get(702);
      otherId = `rpt_${createHash("sha256").update(s702.current!.report.source.sha256).update("").digest("hex").slice(0, 10)}`;
      const before = h.tg.messagesTo(701).length;
      h.tg.sendText(701, "为什么表三不平？");
      const expected = `填报${GOLD_002.cells["applications.granted.total"]}件`;
      const answer = await h.tg.waitFor(() => h!.tg.messagesTo(701).slice(before).find((m) => m.text.includes(expected)), 15_000);
      // The streamed preview (if any) became the answer: one message, no leftover partial text.
      await new Promise((r) => setTimeout(r, 100));
      expect(h.tg.messagesTo(701).slice(before)).toEqual([answer]);
      expect(answer.text).not.toContain("未配置大模型");
      expect(seen).toHaveLength(1);
      expect(seen[0]!.question).toContain("为什么表三不平");
      expect(seen[0]!.reportId).not.toBe(otherId);
      expect(seen[0]!.tools[0]!.ok).toBe(true);
      // Chat 702's report is not in chat 701's tool store.
      expect(seen[0]!.tools[1]).toMatchObject({ ok: false, error: { code: "unknown-report" } });
      expect(h.tg.messagesTo(702).some((m) => m.text.includes("予以公开」行的「总计」"))).toBe(false);
      // The id tried above really is chat 702's: in its own chat the same id is reachable.
      const before702 = h.tg.messagesTo(702).length;
      h.tg.sendText(702, "表三有问题吗？");
      await h.tg.waitFor(() => h!.tg.messagesTo(702).slice(before702).find((m) => m.text.includes("总计」填报")), 15_000);
      expect(seen[1]!.reportId).toBe(otherId);
      expect(seen[1]!.tools[1]!.ok).toBe(true);
    } finally {
      await llm.close();
    }
  });
});
