import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./a2-issued-vs-stock.js";

describe("A2 本年制发 ≤ 现行有效 + 本年废止", () => {
  it("passes (000: 11 ≤ 95 + 15)", () => {
    const cells = { "active.normative_documents.issued": 11, "active.normative_documents.repealed": 15, "active.normative_documents.in_force": 95 };
    expect(runRule(rule, testReport({ cells }))).toEqual([]);
  });
  it("warns when more were issued than are in force or repealed", () => {
    const cells = { "active.normative_documents.issued": 12, "active.normative_documents.repealed": 1, "active.normative_documents.in_force": 10 };
    const [f] = runRule(rule, testReport({ cells }));
    expect(f).toMatchObject({ severity: "warning", family: "implausible-value", messageId: "issued-exceeds", expected: 11, actual: 12 });
    expect(f?.data).toMatchObject({ item: "行政规范性文件", diff: "1" });
  });
});
