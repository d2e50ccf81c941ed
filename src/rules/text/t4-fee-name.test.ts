import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./t4-fee-name.js";

describe("T4 信息处理费名称", () => {
  it("passes the standard names", () => {
    expect(runRule(rule, testReport({ sections: { other: "未收取政府信息公开信息处理费，也未收取信息处理费。" } }))).toEqual([]);
  });
  it("reports 政府信息公开处理费 (004)", () => {
    const [f] = runRule(rule, testReport({ sections: { other: "本年度没有产生政府信息公开处理费。" } }));
    expect(f?.data).toMatchObject({ seen: "政府信息公开处理费", standard: "信息处理费" });
  });
});
