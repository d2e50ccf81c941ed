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

describe("X2 in the 2019 format", () => {
  it("rolls 对外公开总数量 forward (平潭 2020: 0 + 0 ≠ 7)", () => {
    const p = testReport({ year: 2019, format: "2019", extraCells: { "active2019.regulations.total_published": 0 } });
    const now2020 = testReport({
      year: 2020,
      format: "2019",
      extraCells: { "active2019.regulations.total_published": 7, "active2019.regulations.new_published": 0 },
    });
    const [f] = runRule(rule, now2020, { previous: p });
    expect(f).toMatchObject({ messageId: "stock-2019", cells: ["active2019.regulations.total_published"], expected: 0, actual: 7, severity: "warning" });
  });
});
