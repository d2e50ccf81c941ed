import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./n-sum.js";

const report = (overview: string) => testReport({ sections: { overview } });

describe("N-SUM 正文分项之和", () => {
  it("passes when the items add up (004: 214 = 26 + 37 + 151; 001 in brackets)", () => {
    expect(runRule(rule, report("主动公开政府信息 214 条。其中，政策解读类 26 条，民生服务类 37 条，工作动态类 151 条。"))).toEqual([]);
    expect(runRule(rule, report("共收到政府信息公开申请 16 件（其中网上申请 4 件，信函申请 12 件），均在法定期限内予以答复。"))).toEqual([]);
  });
  it("passes when a prefix adds up and later clauses are other facts", () => {
    expect(runRule(rule, report("办结81件，其中：予以公开42件；不予公开5件；无法提供34件；行政复议案件2件、行政诉讼案件7件。"))).toEqual([]);
  });
  it("reports items exceeding the total (003: 3880 vs 3707)", () => {
    const [f] = runRule(
      rule,
      report("通过县政府网站主动公开政府信息总计3707条。其中,概况类信息33条;政务动态信息更新1742条;解读信息170条;行政规范性文件3件;其他信息1932条。"),
    );
    expect(f).toMatchObject({ family: "narrative-sum", severity: "error", messageId: "items-exceed", expected: 3707, actual: 3880, cells: [] });
    expect(f?.data).toMatchObject({ diff: "173", count: 5 });
  });
  it("downgrades hedged figures to a warning", () => {
    const [f] = runRule(rule, report("公开信息3200余条。其中，政务动态1200余条，重点领域900余条，政策文件1500余条。"));
    expect(f?.severity).toBe("warning");
  });
});

describe("N-SUM units", () => {
  it("only adds items of the total's kind", () => {
    expect(runRule(rule, report("开通政务新媒体账号12个，其中微信公众号5个，发布信息300条，微博账号7个。"))).toEqual([]);
  });
});

describe("N-SUM examples", () => {
  it("does not hold 其中包括 examples to the total, unless they exceed it", () => {
    expect(runRule(rule, report("发布政府信息393件，其中包括：行政规范性文件13件；规划计划文件2件；预决算50件；人事信息85件。"))).toEqual([]);
    expect(runRule(rule, report("发布政府信息100件，其中包括：规范性文件13件；规划2件；预决算90件。"))[0]?.messageId).toBe("items-exceed");
  });
});
