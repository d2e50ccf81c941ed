import { describe, expect, it } from "vitest";
import { APPLICATION_ROWS } from "../../model/cells.js";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./f2-missing-cell.js";

describe("F2-cell 缺格", () => {
  it("passes when every cell is given", () => {
    expect(runRule(rule, testReport())).toEqual([]);
  });
  it("warns once per short row, with the cells it lacks", () => {
    const ids = ["commercial", "research", "social", "legal"].map((c) => `applications.denied.third_party.${c}`);
    const fs = runRule(rule, testReport({ cells: Object.fromEntries(ids.map((id) => [id, null])) }));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ family: "missing-cell", severity: "warning", cells: ids, messageId: "missing-cells" });
    expect(fs[0]?.data).toMatchObject({ row: "4.保护第三方合法权益", count: 4 });
  });
  it("uses the reader's short-row issue and leaves a dropped column to the column rule", () => {
    const column = APPLICATION_ROWS.slice(2).map((r) => `applications.${r.key}.other`);
    const short = ["applications.denied.third_party.legal", "applications.denied.third_party.other"];
    const cells = Object.fromEntries([...column, ...short].map((id) => [id, null]));
    const fs = runRule(
      rule,
      testReport({
        cells,
        issues: [
          { kind: "missing-column", table: "applications", column: "其他", cells: column, detail: "" },
          { kind: "short-row", table: "applications", cells: short, detail: "行内数字少于列数", printed: [3, 0, 0, 0, 3] },
        ],
      }),
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ messageId: "short-row", cells: ["applications.denied.third_party.legal"] });
    expect(fs[0]?.data.printed).toBe("3 0 0 0 3");
  });
  it("reports digits that run together as ambiguous", () => {
    const fs = runRule(rule, testReport({ cells: { "active.normative_documents.repealed": { value: null, state: "ambiguous", candidates: [132, 13] } } }));
    expect(fs[0]?.messageId).toBe("ambiguous");
  });
});

describe("F2-cell missing rows", () => {
  it("merges the missing rows of one group into one finding (（六） printed as one row)", () => {
    const row = (r: string) => ["natural", "commercial", "research", "social", "legal", "other", "total"].map((c) => `applications.other.${r}.${c}`);
    const issues = ["no_correction", "no_fee"].map((r) => ({ kind: "missing-row" as const, table: "applications" as const, cells: row(r), detail: `找不到${r}行` }));
    const cells = Object.fromEntries([...row("no_correction"), ...row("no_fee")].map((id) => [id, null]));
    const fs = runRule(rule, testReport({ cells, issues }));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ messageId: "missing-rows", severity: "warning", family: "missing-cell" });
    expect(fs[0]?.cells).toHaveLength(14);
    expect(fs[0]?.data).toMatchObject({ group: "（六）其他处理", count: 2 });
  });
});

describe("F2-cell exemptions", () => {
  it("leaves blank cells to B5-blank and the 2019 format's single （六） row alone", () => {
    const ids = ["no_correction", "no_fee"].flatMap((r) => ["natural", "total"].map((c) => `applications.other.${r}.${c}`));
    const cells = Object.fromEntries(ids.map((id) => [id, null]));
    expect(runRule(rule, testReport({ format: "2019", year: 2020, cells }))).toEqual([]);
    expect(runRule(rule, testReport({ cells: { "applications.granted.legal": { value: null, state: "blank", raw: "" } } }))).toEqual([]);
  });
});
