import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./f2-missing-table.js";

describe("F2 三张表", () => {
  it("passes when all tables were found", () => {
    expect(runRule(rule, testReport())).toEqual([]);
  });
  it("reports a missing table and an unreadable one", () => {
    const fs = runRule(
      rule,
      testReport({
        tables: { review: false },
        issues: [{ kind: "unreadable-table", table: "active", cells: [], detail: "表格行数不足" }],
      }),
    );
    expect(fs.map((f) => [f.messageId, f.data.table]).sort()).toEqual([
      ["missing-table", "政府信息公开行政复议、行政诉讼情况表"],
      ["unreadable-table", "主动公开政府信息情况表"],
    ]);
    expect(fs.every((f) => f.family === "missing-table" && f.severity === "error")).toBe(true);
  });
});
