import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./x3-carry-forward-vs-new.js";

describe("X3 结转不超过新收", () => {
  it("passes when fewer are carried forward than received", () => {
    expect(runRule(rule, testReport({ cells: { "applications.new.total": 10, "applications.carried_forward.total": 2 } }))).toEqual([]);
  });
  it("notes a carry-forward larger than the intake", () => {
    const [f] = runRule(rule, testReport({ cells: { "applications.new.total": 3, "applications.carried_forward.total": 5 } }));
    expect(f).toMatchObject({ severity: "info", family: "implausible-value", expected: 3, actual: 5 });
  });
});
