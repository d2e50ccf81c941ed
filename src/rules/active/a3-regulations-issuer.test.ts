import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./a3-regulations-issuer.js";

describe("A3 县乡不制定规章", () => {
  const cells = { "active.regulations.issued": 2, "active.regulations.in_force": 5 };
  it("passes for a prefecture-level government and for a county with zeros", () => {
    expect(runRule(rule, testReport({ issuer: "淮安市人民政府", cells }))).toEqual([]);
    expect(runRule(rule, testReport({ issuer: "卢氏县人民政府" }))).toEqual([]);
  });
  it("warns for a county or township issuer with 规章", () => {
    const [f] = runRule(rule, testReport({ issuer: "郏县李口镇人民政府", cells }));
    expect(f).toMatchObject({ severity: "warning", cells: ["active.regulations.issued", "active.regulations.in_force"] });
    expect(f?.data).toMatchObject({ level: "乡镇级", values: "2 / 0 / 5" });
    expect(runRule(rule, testReport({ issuer: "卢氏县人民政府", cells }))[0]?.data.level).toBe("县级");
  });
});
