import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./n-fee.js";

const cells = { "applications.other.no_fee.natural": 2, "applications.other.no_fee.total": 2 };

describe("N-FEE 收费通知", () => {
  it("passes when no fee notice led to a closed request, or 六 mentions the notices", () => {
    expect(runRule(rule, testReport())).toEqual([]);
    expect(runRule(rule, testReport({ cells, sections: { other: "发出收费通知 2 件，申请人逾期未缴纳，未收取信息处理费。" } }))).toEqual([]);
  });
  it("notes (六)2 > 0 with a 六 that says nothing of fee notices (平潭 2025)", () => {
    const [f] = runRule(rule, testReport({ cells, sections: { other: "无收取信息处理费情况。" } }));
    expect(f).toMatchObject({ severity: "info", cells: ["applications.other.no_fee.total"], actual: 2 });
  });
});
