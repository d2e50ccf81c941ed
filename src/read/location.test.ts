import { describe, expect, it } from "vitest";
import { makeLocator, nextNewline } from "./location.js";

describe("nextNewline", () => {
  it("agrees with indexOf on short and long lines, at every start", () => {
    const lines = [0, 1, 5, 47, 48, 49, 96, 200].map((k) => "规".repeat(k));
    for (const tail of ["", "\n", "\r\n"]) {
      const text = lines.join("\n") + tail;
      for (let from = 0; from <= text.length + 1; from++) expect(nextNewline(text, from), `from ${from}`).toBe(text.indexOf("\n", from));
    }
    expect(nextNewline("", 0)).toBe(-1);
  });
});

describe("makeLocator", () => {
  it("gives 1-based lines and columns across long and short lines", () => {
    const text = `${"甲".repeat(60)}\n乙\n\n${"丙".repeat(50)}丁`;
    const locate = makeLocator(text);
    expect(locate(0)).toMatchObject({ line: 1, column: 1 });
    expect(locate(61, 1)).toEqual({ offset: 61, length: 1, line: 2, column: 1 });
    expect(locate(text.indexOf("丁"))).toMatchObject({ line: 4, column: 51 });
  });
});
