import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./x4-swing.js";

const prev = testReport({ year: 2023, cells: { "active.licensing.decisions": 550, "active.punishment.decisions": 4 } });

describe("X4 量级突变", () => {
  it("passes modest changes and small counts", () => {
    expect(runRule(rule, testReport({ cells: { "active.licensing.decisions": 900, "active.punishment.decisions": 60 } }), { previous: prev })).toEqual([]);
  });
  it("notes a tenfold swing (洪泽区 许可 550 → 9487)", () => {
    const [f] = runRule(rule, testReport({ cells: { "active.licensing.decisions": 9487 } }), { previous: prev });
    expect(f).toMatchObject({ severity: "info", family: "cross-year", cells: ["active.licensing.decisions"], expected: 550, actual: 9487 });
    expect(f?.data.ratio).toBe("17.2");
  });
});
