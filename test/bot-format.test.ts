// Telegram HTML: every part the splitter produces must be accepted by the Bot API's rules, as the
// fake server enforces them (length after entity parsing, well-formed HTML).
import { describe, expect, it } from "vitest";
import { escapeHtml, MESSAGE_LIMIT, splitHtml, visibleText } from "../src/bot/format.js";
import { looksLikeReport } from "../src/bot/features/intake.js";
import { markdownToHtml } from "../src/bot/service.js";
import { buttonData, parseButtonData } from "../src/bot/view.js";
import { partOfQuestion } from "../src/bot/wiring.js";
import { checkText, parseTelegramHtml } from "./standins/telegram-server.js";

function accepted(part: string): boolean {
  return typeof checkText(part, "HTML", MESSAGE_LIMIT, "message text") === "string";
}

describe("escapeHtml", () => {
  it("makes any text safe for parse_mode HTML", () => {
    const nasty = `a < b && c > d "引号" <b>不是标签</b> &amp;`;
    expect(parseTelegramHtml(escapeHtml(nasty))).toBe(nasty);
  });
});

describe("splitHtml", () => {
  it("leaves a short message alone", () => {
    expect(splitHtml("<b>短</b>")).toEqual(["<b>短</b>"]);
  });

  it("cuts a long reply at paragraph boundaries, numbered, each part valid", () => {
    const paras = Array.from({ length: 40 }, (_, i) => `<b>第 ${i + 1} 条</b> ${"收到和处理政府信息公开申请情况表".repeat(12)}`);
    const parts = splitHtml(paras.join("\n\n"));
    expect(parts.length).toBeGreaterThan(1);
    parts.forEach((p, i) => {
      expect(p.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
      expect(accepted(p), p.slice(0, 80)).toBe(true);
      expect(p.startsWith(`（${i + 1}/${parts.length}）`)).toBe(true);
    });
    // Nothing lost, no paragraph cut in two.
    const joined = parts.map((p) => visibleText(p)).join("\n");
    for (let i = 0; i < 40; i++) expect(joined).toContain(`第 ${i + 1} 条 ${"收到和处理政府信息公开申请情况表".repeat(12)}`);
  });

  it("closes and reopens a tag that spans a cut", () => {
    const long = `<pre>${Array.from({ length: 600 }, (_, i) => `行 ${i} ${"数".repeat(10)}`).join("\n")}</pre>`;
    const parts = splitHtml(long);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(accepted(p)).toBe(true);
      expect(p).toMatch(/<pre>/);
    }
  });

  it("cuts a line with no breaks without splitting an entity or a surrogate pair", () => {
    const text = escapeHtml("a&b<c>😀".repeat(1500));
    const parts = splitHtml(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(accepted(p)).toBe(true);
    expect(parts.map((p) => visibleText(p.replace(/^（\d+\/\d+）\n/, ""))).join("")).toBe("a&b<c>😀".repeat(1500));
  });
});

describe("the fake server's HTML rules", () => {
  it("rejects what Telegram rejects", () => {
    expect(typeof parseTelegramHtml("<b>未闭合")).toBe("object");
    expect(typeof parseTelegramHtml("<b><i>交错</b></i>")).toBe("object");
    expect(typeof parseTelegramHtml("<div>不支持</div>")).toBe("object");
    expect(typeof parseTelegramHtml("1 < 2")).toBe("object");
    expect(checkText("字".repeat(4097), undefined, MESSAGE_LIMIT, "message text")).toMatchObject({ description: "Bad Request: message is too long" });
    expect(checkText(`<b>${"字".repeat(4096)}</b>`, "HTML", MESSAGE_LIMIT, "message text")).toBe("字".repeat(4096));
  });
});

describe("model answers to HTML", () => {
  it("keeps bold and code, escapes the rest", () => {
    const html = markdownToHtml("## 结论\n**表三** 不平：`46` ≠ 37 + 0 < 总计\n- 第一点");
    expect(parseTelegramHtml(html)).toBe("结论\n表三 不平：46 ≠ 37 + 0 < 总计\n• 第一点");
    expect(html).toContain("<b>表三</b>");
  });
});

describe("telling a pasted report from a question", () => {
  it("takes long or table-shaped text as a report, short questions as questions", () => {
    expect(looksLikeReport("为什么表三不平？")).toBe(false);
    expect(looksLikeReport("帮我写总体情况")).toBe(false);
    expect(looksLikeReport("一、总体情况\n本年度……\n二、主动公开政府信息情况\n" + "说明".repeat(80))).toBe(true);
    expect(looksLikeReport("年报正文".repeat(200))).toBe(true);
  });

  it("finds the table a question is about", () => {
    expect(partOfQuestion("为什么表三不平？")).toBe("applications");
    expect(partOfQuestion("复议的数对吗")).toBe("review");
    expect(partOfQuestion("表二的收费金额")).toBe("active");
    expect(partOfQuestion("帮我写总体情况")).toBeNull();
  });
});

describe("button data", () => {
  it("round-trips and stays within Telegram's 64 bytes", () => {
    const d = buttonData("f", 123, "AbCdEf_-12");
    expect(Buffer.byteLength(d)).toBeLessThanOrEqual(64);
    expect(parseButtonData(d)).toEqual({ action: "f", index: 123, key: "AbCdEf_-12" });
    expect(parseButtonData("x:1:../../etc")).toBeNull();
    expect(parseButtonData("z:1:abc")).toBeNull();
  });
});
