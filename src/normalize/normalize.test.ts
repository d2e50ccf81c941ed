import { describe, expect, it } from "vitest";
import { chineseToNumber, editDistance, fuzzyFind, normalizeLabel, normalizeWithMap, parsePrintedNumber, simplifyVariants } from "./index.js";
import { stringCodes } from "./text.js";

// Deterministic pseudo-random generator for property tests (no external dependency).
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

const DIGIT = "零一二三四五六七八九";
/** Reference writer of Chinese numerals (standard positional form) for 0 ≤ n < 1e8. */
function toChinese(n: number): string {
  if (n === 0) return "零";
  const group = (g: number): string => {
    const units = ["千", "百", "十", ""];
    const ds = String(g).padStart(4, "0").split("").map(Number);
    let out = "";
    let zero = false;
    ds.forEach((d, i) => {
      if (d === 0) zero = out.length > 0;
      else {
        if (zero) out += "零";
        zero = false;
        out += DIGIT[d]! + units[i]!;
      }
    });
    return out;
  };
  const hi = Math.floor(n / 1e4);
  const lo = n % 1e4;
  let s = hi > 0 ? `${group(hi)}万` : "";
  if (lo > 0) s += (hi > 0 && lo < 1000 ? "零" : "") + group(lo);
  return s;
}

describe("chineseToNumber", () => {
  it.each([
    ["三千八百", 3800],
    ["十五", 15],
    ["二十", 20],
    ["一百零三", 103],
    ["一万零三", 10003],
    ["两千", 2000],
    ["二〇二四", 2024],
    ["零", 0],
    ["三千八", 3800],
    ["一亿二千万", 120000000],
  ])("%s → %d", (s, n) => expect(chineseToNumber(s)).toBe(n));

  it.each(["", "abc", "三三千", "百千"])("rejects %j", (s) => expect(chineseToNumber(s)).toBeNull());

  it("round-trips every positional numeral of a reference writer (property)", () => {
    const r = rng(7);
    for (let k = 0; k < 2000; k++) {
      const n = Math.floor(r() * 1e8);
      expect(chineseToNumber(toChinese(n)), `${n} ${toChinese(n)}`).toBe(n);
    }
  });
});

describe("parsePrintedNumber", () => {
  it("reads full-width digits, signs, decimals and thousands separators", () => {
    expect(parsePrintedNumber("１２３")).toBe(123);
    expect(parsePrintedNumber("４７４９．８７４２")).toBe(4749.8742);
    expect(parsePrintedNumber("－3")).toBe(-3);
    expect(parsePrintedNumber("1,234")).toBe(1234);
    expect(parsePrintedNumber("三千八百")).toBe(3800);
    expect(parsePrintedNumber("/")).toBeNull();
  });
  it("full-width and ASCII digits read the same (property)", () => {
    const r = rng(11);
    for (let k = 0; k < 500; k++) {
      const n = Math.floor(r() * 1e9);
      const fw = String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
      expect(parsePrintedNumber(fw)).toBe(n);
    }
  });
});

describe("normalizeWithMap", () => {
  it("unifies punctuation width, drops quotes and whitespace (spec §3.4)", () => {
    expect(normalizeLabel("(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)")).toBe(normalizeLabel("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
    expect(normalizeLabel("3.危及三安全一稳定")).toBe(normalizeLabel("3.危及“三安全一稳定”"));
    expect(normalizeLabel("1. 属于国家秘密")).toBe(normalizeLabel("1.属于国家秘密"));
    expect(normalizeLabel("1、属于国家秘密")).toBe(normalizeLabel("1.属于国家秘密"));
    expect(normalizeLabel("商业\n企业")).toBe("商业企业");
    expect(normalizeLabel("结果 维持")).toBe("结果维持");
    expect(normalizeLabel("信息来源：")).toBe("信息来源");
  });

  it("maps every normalised character back to the source character it came from (property)", () => {
    const alphabet = ["一", "（", "）", "，", " ", "\n", "１", "2", "“", "”", "郟", "Ａ", "\t", "．", "、", "县"];
    const r = rng(3);
    for (let k = 0; k < 500; k++) {
      let s = "";
      const len = Math.floor(r() * 30);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(r() * alphabet.length)];
      const { text, map } = normalizeWithMap(s);
      expect(map).toHaveLength(text.length + 1);
      expect(map[text.length]).toBe(s.length);
      for (let i = 0; i < text.length; i++) {
        expect(map[i]!).toBeGreaterThanOrEqual(i > 0 ? map[i - 1]! : 0);
        const src = s[map[i]!]!;
        // the source character normalises to (a string containing) this character
        expect(normalizeLabel(src) === text[i] || normalizeWithMap(src).text.includes(text[i]!) || (src === "、" && text[i] === ".")).toBe(true);
      }
    }
  });

  it("maps traditional variants in names", () => {
    expect(simplifyVariants("郟县李口镇人民政府")).toBe("郏县李口镇人民政府");
  });
});

describe("tolerant matching", () => {
  it("edit distance", () => {
    expect(editDistance("本年度止件数", "本年废止件数")).toBe(1);
    expect(editDistance("其他法律法规禁止公开", "其他法律行政法规禁止公开")).toBe(2);
    expect(editDistance("", "abc")).toBe(3);
  });
  it("edit distance is symmetric and bounded by the longer length (property)", () => {
    const r = rng(5);
    const chars = "abc一二";
    const word = () => Array.from({ length: Math.floor(r() * 8) }, () => chars[Math.floor(r() * chars.length)]).join("");
    for (let k = 0; k < 300; k++) {
      const a = word();
      const b = word();
      const d = editDistance(a, b);
      expect(d).toBe(editDistance(b, a));
      expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      expect(d === 0).toBe(a === b);
    }
  });
  it("finds a label with a typo inside a longer text", () => {
    const text = "信息内容本年制发件数本年度止件数现行有效件数";
    const m = fuzzyFind(text, "本年废止件数", 1)!;
    expect(text.slice(m.start, m.end)).toBe("本年度止件数");
    expect(m.distance).toBe(1);
    expect(fuzzyFind(text, "行政许可决定数", 1)).toBeNull();
  });
});

describe("normalizeWithMap: table fast path and NFKC fallback agree", () => {
  it("maps every normalised character back to its source, expansions included", () => {
    const n = normalizeWithMap("1㎡2");
    expect(n.text).toBe("1m22");
    expect([...n.map]).toEqual([0, 1, 1, 2, 3]);
  });

  it("gives the same result the second time a fallback character is met (memoised)", () => {
    for (let i = 0; i < 2; i++) {
      expect(normalizeWithMap("—1、").text).toBe("-1.");
      // the half-width ideographic comma becomes 、 by NFKC, but only a printed 、 after a digit is a point
      expect(normalizeWithMap("1､").text).toBe("1、");
      expect(normalizeLabel("“规章”：")).toBe("规章");
    }
  });

  it("turns unpaired surrogates into U+FFFD one for one, keeping pairs", () => {
    const n = normalizeWithMap("x\uDE00y\uD83D\uDE00");
    expect(n.text).toBe("x\uFFFDy\uD83D\uDE00");
    expect([...n.map]).toEqual([0, 1, 2, 3, 3, 5]);
  });

  it("normalises texts longer than its scratch buffers", () => {
    const s = "Ａ、".repeat(6000);
    const n = normalizeWithMap(s);
    expect(n.text).toBe("a、".repeat(6000));
    expect(n.map[n.text.length]).toBe(s.length);
  });
});

describe("stringCodes", () => {
  it("gives each string's UTF-16 codes, short or long, one after another, unpaired surrogates included", () => {
    const codesOf = stringCodes();
    const long = "政府信息公开\uD800年度报告".repeat(40_000); // past the kept size: let go at the next short one
    for (const s of ["", "规章", "a\uDC00b".repeat(20), long, "短", long.slice(0, 100), "第二十条（一）"]) {
      const codes = codesOf(s);
      expect(codes.length).toBeGreaterThanOrEqual(s.length);
      expect(String.fromCharCode(...codes.subarray(0, Math.min(s.length, 5000)))).toBe(s.slice(0, 5000));
      expect(String.fromCharCode(...codes.subarray(Math.max(0, s.length - 100), s.length))).toBe(s.slice(-100));
    }
    expect(codesOf("短").length).toBeLessThan(long.length);
  });
});
