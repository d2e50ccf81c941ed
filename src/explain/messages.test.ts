import { describe, expect, it } from "vitest";
import { fill, renderMessage } from "./messages.js";

describe("message catalogue", () => {
  it("fills placeholders and leaves unknown ones visible (so tests can catch them)", () => {
    expect(fill("{{a}} 与 {{b}}", { a: 1, b: null })).toBe("1 与 （空）");
    expect(fill("{{a}} {{missing}}", { a: "x" })).toBe("x {{missing}}");
  });
  it("renders in Chinese by default and English on request, with the B6 suggestion in printed labels", () => {
    const f = {
      rule: "B3",
      messageId: "row-sum",
      data: { table: "T", row: "（一）予以公开", column: "总计", expected: "8", actual: "9", diff: "1", formula: "8 + 0", suggestedCell: "applications.granted.total", suggestedValue: 8, printedValue: 9 },
    };
    const zh = renderMessage(f);
    expect(zh).toContain("「（一）予以公开」行");
    expect(zh).toContain("收到和处理政府信息公开申请情况表「（一）予以公开」行「总计」列为 8");
    expect(zh).not.toMatch(/applications\.|\{\{/);
    expect(renderMessage(f, "en")).toContain("would both balance");
  });
});
