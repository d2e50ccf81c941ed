// A government page as saved from the site (GB2312, old-style chrome around the article): the
// report's text and tables are found among the navigation, share bars, QR codes and footers.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { encodeGbk } from "../../../test/helpers/gbk.js";

const gbNcr = (s: string) => encodeGbk(s, "ncr");
import { gridMismatches } from "../../../test/formats-gold.js";
import { seedCases } from "../../../test/helpers/gold.js";
import { readDocument } from "../index.js";

const STEM = "003_b41b80c613413d2c";
const article = readFileSync(`../shared/corpus/derived/${STEM}.html`, "utf8").replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, "");

const page = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>确山县人民政府2024年政府信息公开工作年度报告_确山县人民政府</title>
<script type="text/javascript">var _hmt = _hmt || []; document.write("统计代码");</script>
<style>.nav li{float:left}</style></head>
<body>
<div class="top"><div class="logo"><img src="logo.png" alt="确山县人民政府"></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hdjl">互动交流</a></li><li><a href="/bsfw">办事服务</a></li></ul></div></div>
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/nb">年度报告</a></div>
<table width="1000" align="center"><tr><td>
<div class="article">
<div class="info">发布时间：2025-01-23 17:13 &nbsp; 信息来源：确山县人民政府</div>
<div class="bdshare">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
${article}
<p>责任编辑：确山县人民政府</p>
<div class="ewm"><img src="qr.png">扫一扫在手机打开当前页</div>
<div class="close"><a href="javascript:window.close()">【关闭当前页面】</a></div>
</div></td></tr></table>
<div id="leave-tip" style="display:none">您访问的链接即将离开驻马店市人民政府门户网站。是否继续？</div>
<div class="footer"><p>主办：确山县人民政府办公室 网站标识码：4117250001 豫ICP备05001234号</p></div>
<script>$(".close").click(function(){window.close()});</script>
</body></html>`;

describe("a saved government page", () => {
  it("decodes GB2312, keeps the report and its tables, drops the chrome", async () => {
    const doc = await readDocument({ bytes: gbNcr(page), name: "page.htm" });
    expect(doc.kind).toBe("html");
    expect(doc.encoding).toBe("gb2312");
    const gold = seedCases().find((c) => c.stem === STEM)!.gold;
    expect(gridMismatches(doc, gold)).toEqual([]);
    expect(doc.text).toContain("一、总体情况");
    expect(doc.text).toContain("发布时间：2025-01-23 17:13"); // the publication date is content
    for (const chrome of ["首页", "互动交流", "分享到", "扫一扫", "关闭当前页面", "即将离开", "网站标识码", "统计代码", "window.close", "float:left"])
      expect(doc.text, chrome).not.toContain(chrome);
  });
});
