import { describe, expect, it } from "vitest";
import { normalise, parseChineseNumeral, parseNumber, sourceOffset } from "./text.js";

describe("narrative text helpers", () => {
  it("parses Chinese numerals", () => {
    expect(parseChineseNumeral("三千八百")).toBe(3800);
    expect(parseChineseNumeral("十二")).toBe(12);
    expect(parseChineseNumeral("一万二千零五")).toBe(12005);
    expect(parseChineseNumeral("两百")).toBe(200);
    expect(parseNumber("3,707")).toBe(3707);
    expect(parseChineseNumeral("abc")).toBeNull();
  });
  it("drops whitespace inside words but keeps a break between two numbers, with an offset map", () => {
    const p = normalise("x", "答\n复 3050 件\n0\n3", 100);
    expect(p.text).toBe("答复3050件0\n3");
    expect(sourceOffset(p, 0)).toBe(100);
    expect(sourceOffset(p, 1)).toBe(102);
    expect(sourceOffset(p, 6)).toBe(109);
    expect(sourceOffset(p, 8)).toBe(112);
    expect(sourceOffset(p, 9)).toBe(113);
  });
  it("marks the end of every doubled 2–4 character word and 的的, across white space, not single doubled characters", () => {
    const p = normalise("x", "发布发\n布信息，层层落实，的的确确，审核制度审核制度", 0);
    expect(p.text).toBe("发布发布信息，层层落实，的的确确，审核制度审核制度");
    expect(p.repeatEnds.map((i) => p.text[i])).toEqual(["布", "的", "度"]);
    expect(p.repeatEnds[0]).toBe(3);
    expect(normalise("x", "层层落实 天天 向上", 0).repeatEnds).toEqual([]);
  });
  it("reads a very long section, and short ones after it, alike (scratch buffers grow and are let go)", () => {
    const long = "公开 ".repeat(200_000);
    const p = normalise("x", long, 0);
    expect(p.text).toBe("公开".repeat(200_000));
    expect(sourceOffset(p, 399_999)).toBe(599_998);
    expect(normalise("x", "发布发布 信息", 5)).toMatchObject({ text: "发布发布信息", repeatEnds: [3] });
    expect(normalise("x", "无空白".repeat(100_000), 0).text).toHaveLength(300_000);
    expect(normalise("x", "答 复", 0).text).toBe("答复");
  });
  it("keeps unpaired surrogates as they are, in short and long texts", () => {
    for (const body of ["a\uD800b", `${"政府信息".repeat(10)}\uDC00${"公开".repeat(10)}`]) {
      const raw = body.replace(/(.)(.)/g, "$1 $2");
      expect(normalise("x", raw, 0).text).toBe(body);
    }
  });
});
