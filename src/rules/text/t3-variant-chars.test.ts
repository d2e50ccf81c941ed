import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./t3-variant-chars.js";

describe("T3 繁体字", () => {
  it("passes a simplified text", () => {
    expect(runRule(rule, testReport({ issuer: "郏县李口镇人民政府" }))).toEqual([]);
  });
  it("reports 郟 for 郏 (004)", () => {
    const [f] = runRule(rule, testReport({ issuer: "郟县李口镇人民政府" }));
    expect(f?.data).toMatchObject({ seen: "郟", standard: "郏" });
    expect(f?.location?.line).toBe(1);
  });
});
