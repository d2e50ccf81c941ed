import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./x2-in-force-stock.js";

const prev = testReport({ year: 2023, cells: { "active.normative_documents.in_force": 40 } });
const now = (inForce: number) =>
  testReport({ cells: { "active.normative_documents.in_force": inForce, "active.normative_documents.issued": 5, "active.normative_documents.repealed": 2 } });

describe("X2 现行有效衔接", () => {
  it("passes when 40 + 5 − 2 = 43", () => {
    expect(runRule(rule, now(43), { previous: prev })).toEqual([]);
  });
  it("notes a small gap at info, a large one at warning", () => {
    expect(runRule(rule, now(42), { previous: prev })[0]).toMatchObject({ severity: "info", expected: 43, actual: 42, family: "cross-year" });
    expect(runRule(rule, now(30), { previous: prev })[0]?.severity).toBe("warning");
  });
});
