import { describe, expect, it } from "vitest";
import { readText } from "../read/text/index.js";
import { chromeLines, findPublishedAt } from "./chrome.js";

const lines = (text: string) => readText(text, { name: "t.txt", encoding: "utf-8", sha256: "" }).lines;
const chromeTexts = (text: string) => {
  const ls = lines(text);
  return [...chromeLines(ls)].map((i) => ls[i]!.cells.map((c) => c.text).join("|"));
};

describe("chromeLines", () => {
  it("drops page chrome and footers, keeps report lines that start alike", () => {
    const text = [
      "发布时间：2024-01-05", // chrome with its value
      "信息来源:县政府办",
      "信息内容\t本年制发件数", // starts like 信息来源, is a table header
      "第二十条第（一）项", // starts like 第 2 页
      "2.其他法律行政法规禁止公开", // starts with a digit
      "— 4 —",
      "第 2 页 共 5 页",
      "3 / 5",
      "== 正文 ==",
      "【打印本页】",
      "责任编辑：张三",
      "2024 年，我镇共受理申请 15 件",
    ].join("\n");
    expect(chromeTexts(text)).toEqual([
      "发布时间：2024-01-05",
      "信息来源:县政府办",
      "— 4 —",
      "第 2 页 共 5 页",
      "3 / 5",
      "== 正文 ==",
      "【打印本页】",
      "责任编辑：张三",
    ]);
  });

  it("takes the line after a bare 发布时间: as its value, and matches labels split into cells", () => {
    expect(chromeTexts("发布时间：\n2024-01-05 10:00\n规章\t0")).toEqual(["发布时间：", "2024-01-05 10:00"]);
    expect(chromeTexts("来源\t：\t县政府\n规章\t0")).toEqual(["来源|：|县政府"]);
  });
});

describe("findPublishedAt", () => {
  it("reads the date on the label's line or the next one, as YYYY-MM-DD", () => {
    expect(findPublishedAt(lines("标题\n发布日期：2024年1月5日\n正文"))).toBe("2024-01-05");
    expect(findPublishedAt(lines("发布时间：\n2023-12-31 09:00"))).toBe("2023-12-31");
    expect(findPublishedAt(lines("发布\t时间 2024-01-05"))).toBeNull();
  });
});
