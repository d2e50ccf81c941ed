import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./b5-blank.js";

describe("B5-blank 空白单元格", () => {
  it("passes when every cell is a number", () => {
    expect(runRule(rule, testReport())).toEqual([]);
  });
  it("warns once per row about blank or slash cells, never treating them as 0 silently", () => {
    const fs = runRule(
      rule,
      testReport({
        cells: {
          "applications.granted.research": { value: null, state: "blank", raw: "" },
          "applications.granted.social": { value: null, state: "slash", raw: "/" },
        },
      }),
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: "warning", family: "missing-cell", cells: ["applications.granted.research", "applications.granted.social"] });
    expect(fs[0]?.data).toMatchObject({ row: "（一）予以公开", columns: "科研机构、社会公益组织", count: 2 });
    expect(fs[0]?.assumptions?.length).toBe(1);
  });
});
