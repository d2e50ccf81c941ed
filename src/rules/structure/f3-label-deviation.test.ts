import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./f3-label-deviation.js";

describe("F3 标签偏差", () => {
  it("passes with no deviations", () => {
    expect(runRule(rule, testReport())).toEqual([]);
  });
  it("reports each deviation with the reader's severity (000: 本年度止件数)", () => {
    const loc = { offset: 10, length: 6, line: 3, column: 1 };
    const fs = runRule(
      rule,
      testReport({
        deviations: [
          { kind: "column", seen: "本年度止件数", standard: "本年废止件数", cells: ["active.regulations.repealed", "active.normative_documents.repealed"], severity: "error", loc },
          { kind: "row", seen: "2.其他法律法规禁止公开", standard: "2.其他法律行政法规禁止公开", cells: ["applications.denied.law_forbidden.total"], severity: "warning", loc },
        ],
      }),
    );
    expect(fs.map((f) => [f.severity, f.data.seen])).toEqual([
      ["error", "本年度止件数"],
      ["warning", "2.其他法律法规禁止公开"],
    ]);
    expect(fs[0]).toMatchObject({ family: "label-deviation", location: loc });
    expect(fs[0]?.cells).toContain("active.normative_documents.repealed");
  });
});
