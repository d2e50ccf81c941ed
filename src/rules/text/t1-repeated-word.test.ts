import { describe, expect, it } from "vitest";
import { runRule } from "../../../test/helpers/rules.js";
import { testReport } from "../../../test/helpers/report.js";
import rule from "./t1-repeated-word.js";

describe("T1 词语重复", () => {
  it("passes on deliberate reduplication", () => {
    expect(runRule(rule, testReport({ sections: { overview: "层层压实责任，方方面面都要顾及，村村通网。" } }))).toEqual([]);
  });
  it("reports a doubled word (003: 发布发布)", () => {
    const [f] = runRule(rule, testReport({ sections: { overview: "微信公众号确山政府发布发布104条。" } }));
    expect(f).toMatchObject({ family: "text-quality", severity: "info" });
    expect(f?.data).toMatchObject({ seen: "发布发布", word: "发布" });
  });
  it("finds a doubled word on its own line when a match over the whole section runs across lines", () => {
    // over the section, "发布发布" is first matched across the line break; the line itself holds one
    const text = "共发布\n发布发布信息20条。\n审核制度\n审核制度健全。";
    const found = runRule(rule, testReport({ sections: { overview: text } }));
    expect(found.map((f) => f.data?.seen)).toEqual(["发布发布"]);
    expect(found[0]?.location?.line).toBeGreaterThan(1);
  });
});
