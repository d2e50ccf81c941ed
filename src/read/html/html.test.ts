import { describe, expect, it } from "vitest";
import { encodeGbk } from "../../../test/helpers/gbk.js";

const gbkQ = (s: string) => encodeGbk(s, "question");
import { readDocument } from "../index.js";
import { htmlToFlow, readHtml } from "./index.js";

const meta = { name: "t.html", kind: "html" as const, encoding: "utf-8", sha256: "" };

describe("HTML reader", () => {
  it("expands rowspan and colspan into the grid, copies marked merged", () => {
    const doc = readHtml(
      `<table><tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>5</td></tr>
       <tr><td>（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr></table>`,
      meta,
    );
    const rows = doc.lines.filter((l) => l.kind === "row");
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["三、本年度办理结果", "（一）予以公开", "（一）予以公开", "5"],
      ["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密", "0"],
    ]);
    expect(rows[0]!.cells.map((c) => !!c.merged)).toEqual([false, false, true, false]);
    expect(rows[1]!.cells.map((c) => !!c.merged)).toEqual([true, false, false, false]);
    expect(rows[1]!.cells[3]!.loc).toMatchObject({ table: 0, row: 1, cell: 3 });
    const five = rows[0]!.cells[3]!;
    expect(doc.text.slice(five.loc.offset, five.loc.offset + five.loc.length)).toBe("5");
  });

  it("leaves out page chrome: scripts, nav, footers, share bars, link lists", () => {
    const blocks = htmlToFlow(`<html><head><title>x</title><script>var a=1</script></head><body>
      <div class="nav"><a href="/">首页</a><a href="/b">政务公开</a></div>
      <ul><li><a href="1">相关链接一</a></li><li><a href="2">相关链接二</a></li></ul>
      <div class="article"><h1>某县2024年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>正文<br>第二行</p></div>
      <div id="share">分享到：微信</div><footer>版权所有 某县人民政府</footer>
      <div class="bottom">网站标识码 123</div></body></html>`);
    expect(blocks.map((b) => (b.type === "p" ? b.text.trim() : "table"))).toEqual([
      "某县2024年政府信息公开工作年度报告",
      "一、总体情况",
      "正文",
      "第二行",
    ]);
    expect(blocks[0]).toMatchObject({ heading: 1 });
  });

  it("reads a page laid out with tables as blocks, and the data table inside as a table", () => {
    const doc = readHtml(
      `<table><tr><td><p>一、总体情况</p><table><tr><td>规章</td><td>1</td></tr><tr><td>行政规范性文件</td><td>2</td></tr></table></td></tr></table>`,
      meta,
    );
    expect(doc.lines.map((l) => [l.kind, l.cells.map((c) => c.text).join("|")])).toEqual([
      ["text", "一、总体情况"],
      ["row", "规章|1"],
      ["row", "行政规范性文件|2"],
    ]);
  });

  it("decodes a GBK page by its <meta charset>", async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>二、主动公开政府信息情况</p><table><tr><td>行政许可</td><td>32583</td></tr></table></body></html>`;
    const doc = await readDocument({ bytes: gbkQ(html), name: "page.htm" });
    expect(doc.kind).toBe("html");
    expect(doc.encoding).toBe("gb2312");
    expect(doc.lines[0]!.cells[0]!.text).toBe("二、主动公开政府信息情况");
    expect(doc.lines[1]!.cells.map((c) => c.text)).toEqual(["行政许可", "32583"]);
  });

  it("decodes a GBK page without a declaration (UTF-8 fails → GB18030)", async () => {
    const doc = await readDocument({ bytes: gbkQ("<html><body><p>三、收到和处理政府信息公开申请情况</p></body></html>"), name: "x" });
    expect(doc.encoding).toBe("gb18030");
    expect(doc.lines[0]!.cells[0]!.text).toBe("三、收到和处理政府信息公开申请情况");
  });
});
