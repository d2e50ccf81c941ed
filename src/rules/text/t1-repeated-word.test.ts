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
});
