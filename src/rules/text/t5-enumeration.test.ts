import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./t5-enumeration.js";

describe("T5 序号连续", () => {
  it("passes consecutive lists, restarting under each sub-heading", () => {
    const problems = "（一）存在问题。一是更新慢；二是解读浅。（二）改进措施。一是加强审核；二是丰富形式；三是强化考核。";
    expect(runRule(rule, testReport({ sections: { problems } }))).toEqual([]);
  });
  it("notes a skipped ordinal (平潭 2023: 一是…三是…三是)", () => {
    const [f] = runRule(rule, testReport({ sections: { problems: "一是信息更新不及时；三是解读形式单一；三是队伍不稳定。" } }));
    expect(f).toMatchObject({ severity: "info", family: "text-quality" });
    expect(f?.data).toMatchObject({ sequence: "一是、三是、三是", seen: "三是", expected: "二是" });
  });
});
