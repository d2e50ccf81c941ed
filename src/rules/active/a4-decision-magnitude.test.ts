import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./a4-decision-magnitude.js";

describe("A4 决定数量级", () => {
  it("passes ordinary county figures (卢氏县: 32583 / 5403 / 4)", () => {
    const cells = { "active.licensing.decisions": 32583, "active.punishment.decisions": 5403, "active.enforcement.decisions": 4 };
    expect(runRule(rule, testReport({ issuer: "卢氏县人民政府", cells }))).toEqual([]);
  });
  it("asks about very large counts for a county (沭阳县 2025)", () => {
    const cells = { "active.licensing.decisions": 517645, "active.punishment.decisions": 693957 };
    const [f] = runRule(rule, testReport({ issuer: "沭阳县人民政府", cells }));
    expect(f).toMatchObject({ severity: "info", family: "implausible-value", cells: ["active.licensing.decisions", "active.punishment.decisions"] });
  });
});
