import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./t5-enumeration.js";

describe("T5 序号连续", () => {
  it("passes consecutive lists, restarting under each sub-heading", () => {
    const problems = "（一）存在问题。一是更新慢；二是解读浅。（二）改进措施。一是加强审核；二是丰富形式；三是强化考核。";
    expect(runRule(rule, testReport({ sections: { problems } }))).toEqual([]);
    // 平潭 2020: sub-headings numbered （1）（2）（3） in one run of text
    const active = "（1）优化流程。一是一窗通办；二是不见面审批。（2）推进采购公开。（3）推进预决算公开。一是公开预算；二是公开决算。";
    expect(runRule(rule, testReport({ sections: { active } }))).toEqual([]);
    // crawler text runs a numbered heading into its paragraph: "…工作。5.加强平台建设一是…"
    const overview = "4.办理申请。（2）提高质量。一是畅通渠道。二是柔性答复。5.加强平台建设一是上线新系统；二是整合栏目。";
    expect(runRule(rule, testReport({ sections: { overview } }))).toEqual([]);
  });
  it("does not take a number inside a sentence for a heading", () => {
    const [f] = runRule(rule, testReport({ sections: { problems: "一是更新慢，涉及2.5万条；三是解读少。" } }));
    expect(f?.data).toMatchObject({ sequence: "一是、三是" });
  });
  it("notes a skipped ordinal (平潭 2023: 一是…三是…三是)", () => {
    const [f] = runRule(rule, testReport({ sections: { problems: "一是信息更新不及时；三是解读形式单一；三是队伍不稳定。" } }));
    expect(f).toMatchObject({ severity: "info", family: "text-quality" });
    expect(f?.data).toMatchObject({ sequence: "一是、三是、三是", seen: "三是", expected: "二是" });
  });
  it("points at the ordinal itself in a list under a later sub-heading", () => {
    const problems = "（一）存在问题。一是更新慢；二是解读浅。\n（二）改进措施。一是加强审核；三是强化考核。";
    const report = testReport({ sections: { problems } });
    const [f] = runRule(rule, report);
    expect(f?.data).toMatchObject({ sequence: "一是、三是", seen: "三是" });
    expect(f?.location?.offset).toBe(report.source.text.indexOf("三是"));
    expect(f?.location?.length).toBe(2);
  });
});
