import { describe, expect, it } from "vitest";
import { checkReport } from "../../check/index.js";
import { consistentApplications, runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import b2 from "./b2-column-sum.js";
import rule from "./b3-row-sum.js";

describe("B3 行总计", () => {
  it("passes on a consistent table", () => {
    expect(runRule(rule, testReport({ cells: consistentApplications() }))).toEqual([]);
  });
  it("fails when the applicant columns do not add up to 总计", () => {
    const cells = { ...consistentApplications(), "applications.granted.total": 9 };
    const [f] = runRule(rule, testReport({ cells }));
    expect(f).toMatchObject({ rule: "B3", family: "row-sum", cells: ["applications.granted.total"], expected: 8, actual: 9 });
    expect(f?.data).toMatchObject({ row: "（一）予以公开", column: "总计", formula: "8 + 0 + 0 + 0 + 0 + 0" });
  });
  it("counts absent operands as 0 and says so (seed 002: 37 + … = 37 vs 46)", () => {
    const cells = { ...consistentApplications(), "applications.granted.natural": 37, "applications.granted.total": 46, "applications.granted.other": null };
    const [f] = runRule(rule, testReport({ cells }));
    expect(f).toMatchObject({ expected: 37, actual: 46, difference: 9 });
    expect(f?.assumptions?.[0]).toContain("按 0 计");
  });
  it("localises one wrong cell that breaks a row and a column (B6)", () => {
    const cells = { ...consistentApplications(), "applications.partial.natural": 5 };
    const fs = checkReport(testReport({ cells }), {}, [b2, rule]);
    const row = fs.find((f) => f.rule === "B3");
    const col = fs.find((f) => f.rule === "B2");
    expect(row?.data).toMatchObject({ suggestedCell: "applications.partial.natural", suggestedValue: 3, printedValue: 5 });
    expect(row?.related).toContain(col?.id);
    expect(col?.related).toContain(row?.id);
    expect(row?.message).toContain("若收到和处理政府信息公开申请情况表「（二）部分公开");
  });
});
