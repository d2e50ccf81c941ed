import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./f1-missing-section.js";

describe("F1 六个部分", () => {
  it("passes with all six sections", () => {
    expect(runRule(rule, testReport())).toEqual([]);
  });
  it("reports each missing section by its standard heading", () => {
    const fs = runRule(rule, testReport({ onlySections: ["overview", "active", "applications", "review_litigation", "other"] }));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ family: "missing-section", severity: "error", messageId: "missing-section" });
    expect(fs[0]?.data.heading).toBe("五、存在的主要问题及改进情况");
  });
  it("reports once when no heading was found at all", () => {
    const fs = runRule(rule, testReport({ onlySections: [] }));
    expect(fs.map((f) => f.messageId)).toEqual(["no-sections"]);
  });
});
