import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./f4-format-version.js";

describe("F4 格式版本", () => {
  it("passes for the 2021 format, and for the 2019 format in a 2020 report", () => {
    expect(runRule(rule, testReport())).toEqual([]);
    expect(runRule(rule, testReport({ format: "2019", year: 2020 }))).toEqual([]);
  });
  it("reports the 2019 tables in a 2021+ report", () => {
    const [f] = runRule(rule, testReport({ format: "2019", year: 2022 }));
    expect(f).toMatchObject({ family: "format-version", severity: "error", messageId: "outdated-format" });
    expect(f?.data.year).toBe(2022);
  });
});
