import { describe, expect, it } from "vitest";
import { consistentApplications, runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./n-match.js";

const table = {
  ...consistentApplications(),
  "review.upheld": 8,
  "review.corrected": 1,
  "review.total": 9,
  "litigation_after_review.upheld": 3,
  "litigation_after_review.total": 3,
  "active.normative_documents.issued": 3,
  "active.normative_documents.in_force": 48,
};
const withOverview = (overview: string, cells: Record<string, unknown> = table) =>
  testReport({ cells: cells as never, sections: { overview } });

describe("N-MATCH 正文与表格", () => {
  it("passes when the prose agrees with the tables (numbers, 0-forms, Chinese numerals)", () => {
    const text =
      "全年共收到政府信息公开申请十五件，上年结转申请2件，办结16件，其中予以公开8件，部分公开3件，不予公开1件，无法提供4件，结转下年度继续办理1件。" +
      "全年涉及行政复议案件9件，行政诉讼案件3件。新制定并发布了3件行政规范性文件，现行有效的行政规范性文件共计48件。";
    expect(runRule(rule, withOverview(text))).toEqual([]);
  });
  it("does not treat approximate figures as contradictions", () => {
    expect(runRule(rule, withOverview("全年收到政府信息公开申请约20件，办结近16件。"))).toEqual([]);
    expect(runRule(rule, withOverview("全年收到政府信息公开申请20余件。"))).toEqual([]);
  });
  it("reports a contradicted figure with the claim and the cell", () => {
    const [f, ...rest] = runRule(rule, withOverview("全年共收到政府信息公开申请三千八百件。"));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ family: "narrative-mismatch", severity: "error", messageId: "mismatch", cells: ["applications.new.total"], expected: 15, actual: 3800 });
    expect(f?.data.quote).toBe("收到政府信息公开申请三千八百件");
    expect(f?.location?.line).toBeGreaterThan(0);
  });
  it("reads 上年度无结转 / 未引发行政复议和行政诉讼 as 0", () => {
    const fs = runRule(rule, withOverview("上年度无结转申请。全年依申请公开工作平稳，未引发行政复议和行政诉讼。"));
    expect(fs.map((f) => [f.messageId, f.cells[0]]).sort()).toEqual([
      ["mismatch-zero", "applications.carried_over.total"],
      ["mismatch-zero", "review.total"],
    ]);
  });
  it("flags a 新收 figure that includes last year's carry-over as a warning, with the breakdown cells", () => {
    const fs = runRule(rule, withOverview("2024年，全区收到政府信息公开申请17件，涉及自然人17件，均在法定期限内予以答复。"));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ messageId: "mismatch-carried", severity: "warning" });
    expect(fs[0]?.cells).toEqual(["applications.new.total", "applications.new.natural"]);
    const ok = runRule(rule, withOverview("全年收到政府信息公开申请17件（含上年结转2件）。"));
    expect(ok).toEqual([]);
  });
  it("does not bind combined categories or other kinds of requests", () => {
    const text = "办理结果中予以公开及部分公开42件。共办理网民留言申请420件。";
    expect(runRule(rule, withOverview(text))).toEqual([]);
  });
  it("checks a claim against an ambiguous cell's candidates", () => {
    const cells = { ...table, "active.normative_documents.in_force": { value: null, state: "ambiguous", candidates: [470, 2470, 32470] } };
    const fs = runRule(rule, withOverview("清理并集中发布现行有效行政规范性文件393件。", cells));
    expect(fs[0]).toMatchObject({ cells: ["active.normative_documents.in_force"], expected: null, actual: 393 });
    expect(runRule(rule, withOverview("清理并集中发布现行有效行政规范性文件470件。", cells))).toEqual([]);
  });
});

describe("N-MATCH weak wording", () => {
  it("reads 均已办结 against a carry-over as a warning only", () => {
    const [f] = runRule(rule, testReport({ cells: consistentApplications(), sections: { overview: "全年收到政府信息公开申请15件，均已办结。" } }));
    expect(f).toMatchObject({ severity: "warning", cells: ["applications.carried_forward.total"], expected: 1, actual: 0 });
  });
});

describe("N-MATCH guards", () => {
  it("ignores comparisons with other years and cases not about disclosure", () => {
    const r = testReport({
      cells: consistentApplications(),
      sections: {
        overview: "2023年共收到政府信息公开申请40件。本年收到政府信息公开申请15件，较上年减少25件。全局办理行政复议案件120件。",
        review_litigation: "本年度行政复议案件0件。",
      },
    });
    expect(runRule(rule, r)).toEqual([]);
  });
});

describe("N-MATCH unfilled totals", () => {
  it("uses the applicant columns when 总计 is blank (上海市科委 2024: 均已办理完成, yet 1 carried forward)", () => {
    const cells = { ...consistentApplications(), "applications.carried_forward.total": { value: null, state: "blank", raw: "" } };
    const [f] = runRule(rule, testReport({ cells: cells as never, sections: { overview: "全年收到政府信息公开申请15件，所有申请均已按要求办理完成。" } }));
    expect(f).toMatchObject({ severity: "warning", expected: 1, actual: 0 });
    expect(f?.cells).toEqual(["applications.carried_forward.total", "applications.carried_forward.natural"]);
  });
});

describe("N-MATCH on realistic phrasing", () => {
  const cells = { ...table, "active.normative_documents.issued": 11, "active.normative_documents.repealed": 15, "active.normative_documents.in_force": 95 };
  it.each([
    "2024年，本机关共收到政府信息公开申请15件，其中，当面申请3件，网络申请12件。",
    "收到申请15件，上年结转2件，共计17件，办结16件，结转下年度1件。",
    "2023年收到申请20件，2024年收到政府信息公开申请15件。",
    "制定行政规范性文件11件，废止15件，现行有效95件。",
    "开展规范性文件清理，对现行有效的95件进行评估，废止15件。",
    "全年召开新闻发布会12场，收到网民留言申请300件。",
    "共收到信息公开申请十五件，办结十六件。",
  ])("agrees: %s", (text) => {
    expect(runRule(rule, withOverview(text, cells))).toEqual([]);
  });
  it("binds bare 废止/现行有效 counts in a sentence about 规范性文件", () => {
    const fs = runRule(rule, withOverview("制定行政规范性文件11件，废止5件，现行有效95件。", cells));
    expect(fs.map((f) => [f.cells[0], f.actual])).toEqual([["active.normative_documents.repealed", 5]]);
  });
});
