import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./t2-place-scope.js";

describe("T2 区划用语", () => {
  it("passes when the words fit the issuer", () => {
    expect(runRule(rule, testReport({ issuer: "确山县人民政府", sections: { overview: "加强全县政策解读工作。" } }))).toEqual([]);
    expect(runRule(rule, testReport({ issuer: "淮安市洪泽区人民政府", sections: { overview: "全区受理申请。" } }))).toEqual([]);
  });
  it("reports 全区 in a county report (003)", () => {
    const [f] = runRule(rule, testReport({ issuer: "确山县人民政府", sections: { problems: "大力加强全区各级行政机关的政策解读工作。" } }));
    expect(f?.data).toMatchObject({ seen: "全区", kind: "县" });
  });
});
