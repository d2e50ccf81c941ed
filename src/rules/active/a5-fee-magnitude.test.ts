import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./a5-fee-magnitude.js";

const fee = (v: number, raw = String(v)) => ({ "active.fees.amount_wan_yuan": { value: v, raw } });

describe("A5 收费金额量级", () => {
  it("passes for a plausible county figure (003: 4749.8742 万元)", () => {
    expect(runRule(rule, testReport({ issuer: "确山县人民政府", cells: fee(4749.8742) }))).toEqual([]);
  });
  it("reports seed 002's 5268464.2119 万元 for a county as entered in 元", () => {
    const [f] = runRule(rule, testReport({ issuer: "卢氏县人民政府", cells: fee(5268464.2119) }));
    expect(f).toMatchObject({ family: "implausible-value", messageId: "fee-too-large", cells: ["active.fees.amount_wan_yuan"], actual: 5268464.2119 });
    expect(f?.data).toMatchObject({ yi: "527", asYuanWan: "526.85" });
  });
  it("uses the lower ceiling for a township", () => {
    expect(runRule(rule, testReport({ issuer: "某县某镇人民政府", cells: fee(2000) }))[0]?.messageId).toBe("fee-too-large");
    expect(runRule(rule, testReport({ issuer: "某县人民政府", cells: fee(2000) }))).toEqual([]);
  });
  it("notes more than four decimals at info level", () => {
    const [f] = runRule(rule, testReport({ issuer: "平潭综合实验区管委会", cells: fee(24252.311082, "24252.311082") }));
    expect(f).toMatchObject({ messageId: "fee-precision", severity: "info" });
    expect(f?.data.places).toBe(6);
  });
});
