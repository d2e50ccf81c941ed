import { describe, expect, it } from "vitest";
import { isAsciiDigit, isJsWhitespace, isTableDigit } from "./chars.js";

describe("character classes", () => {
  it("isJsWhitespace is exactly the regex \\s over the whole BMP", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isJsWhitespace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
  it("tells ASCII from full-width digits", () => {
    expect([..."09０９a．"].map((ch) => [isAsciiDigit(ch.charCodeAt(0)), isTableDigit(ch.charCodeAt(0))])).toEqual([
      [true, true],
      [true, true],
      [false, true],
      [false, true],
      [false, false],
      [false, false],
    ]);
  });
});
