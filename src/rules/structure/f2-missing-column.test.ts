import { describe, expect, it } from "vitest";
import { APPLICATION_ROWS } from "../../model/cells.js";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./f2-missing-column.js";

const dropped = APPLICATION_ROWS.slice(2).map((r) => `applications.${r.key}.other`);

describe("F2-column 缺列", () => {
  it("passes when every column is present (a few absent cells are not a dropped column)", () => {
    expect(runRule(rule, testReport({ cells: { "applications.granted.other": null } }))).toEqual([]);
  });
  it("infers a dropped column from its absent cells and reports it once (seed 002)", () => {
    const cells = Object.fromEntries(dropped.map((id) => [id, null]));
    const fs = runRule(rule, testReport({ cells }));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ family: "missing-column", severity: "error", cells: dropped });
    expect(fs[0]?.data).toMatchObject({ column: "其他", count: 23 });
  });
  it("takes the reader's missing-column issue as is", () => {
    const fs = runRule(rule, testReport({ issues: [{ kind: "missing-column", table: "applications", column: "其他", cells: dropped, detail: "表头缺少“其他”列" }] }));
    expect(fs).toHaveLength(1);
    expect(fs[0]?.cells).toEqual(dropped);
  });
  it("takes empty grid cells as a dropped column only when the header lacks the column (HTML/.docx)", () => {
    const cells = Object.fromEntries(dropped.map((id) => [id, { value: null, state: "blank" as const, raw: "" }]));
    const report = testReport({ cells });
    // Header prints all seven columns: blanks are unfilled cells (B5-blank), not a dropped column.
    expect(runRule(rule, report)).toEqual([]);
    // Reports are immutable data to the rules (results are cached per report): build a second one.
    const noOther = testReport({ cells });
    noOther.tables.applications.columns = ["natural", "commercial", "research", "social", "legal", "total"];
    expect(runRule(rule, noOther)[0]?.cells).toEqual(dropped);
  });
});

