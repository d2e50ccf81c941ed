// The number guard: every quantity a model writes itself is rejected; slots and the allowed
// non-quantities pass. Scripted cases plus a property test over many generated strings.
import { describe, expect, it } from "vitest";
import { checkNumbers, renderSlots } from "../src/agent/index.js";
import { parseChineseNumber } from "../tools/numbers.js";
import type { SlotValue } from "../tools/index.js";

const known = new Set(["applications.new.total", "applications.granted.total", "fig:F1a2b3c", "note.1", "findings.total", "review.total"]);
const resolve = (name: string): SlotValue | undefined =>
  known.has(name) ? { slot: name, value: 7, unit: "件", decimals: 0, formatted: "7件", label: name, provenance: "test" } : undefined;

const rejected = (s: string) => checkNumbers(s, resolve).violations.filter((v) => v.kind === "raw-number").map((v) => v.text);

describe("number guard: scripted cases", () => {
  it.each([
    ["本年新收申请12件。", ["12"]],
    ["共三千八百件。", ["三千八百"]],
    ["予以公开两件。", ["两"]],
    ["办结率100%。", ["100"]],
    ["收费3.5万元。", ["3.5"]],
    ["全角数字１２件。", ["１２"]],
    ["较上年增长12.5个百分点。", ["12.5"]],
    ["5日内答复。", ["5"]],
    ["3个月内。", ["3"]],
    ["百分之五十。", ["五十"]],
    ["共计1,234件。", ["1,234"]],
    ["十二件申请。", ["十二"]],
    ["收费五万元。", ["五万"]],
    ["收费{{applications.new.total}}万元，另收一万元。", ["一万"]],
    ["总计改成100。", ["100"]],
    ["一年受理九件。", ["一", "九"]],
    ["增加了二十三件", ["二十三"]],
    ["{{applications.new.total}}0件", ["0"]],
    ["百分之百办结。", ["百"]],
    ["九成以上按时答复，翻一番。", ["九", "一"]],
    ["予以公开（46）。", ["46"]],
    ["相差（9）件。", ["9"]],
    ["\n46、予以公开", ["46"]],
    ["九十九是总数。", ["九十九"]],
    ["1{{applications.new.total}}", ["1"]],
  ])("rejects %s", (text, expected) => {
    expect(rejected(text)).toEqual(expected);
  });

  it.each([
    "2024年，本机关进一步加强政府信息公开工作。",
    "根据《条例》第二十条第（一）项和第五十条，按照国办公开办函〔2021〕30号的要求。",
    "信息处理费依据国办函〔2020〕109号收取。",
    "统计期限为2024年1月1日至12月31日。",
    "一是加强组织领导；二是完善制度；三是强化监督。",
    "（三）不予公开\n1. 属于国家秘密\n2、其他法律行政法规禁止公开",
    "第3条问题需要更正；第十二条规定。",
    "本年新收申请{{applications.new.total}}，予以公开{{applications.granted.total}}，占比{{fig:F1a2b3c}}。",
    "属于三类内部事务信息、四类过程性信息，危及“三安全一稳定”。",
    "二〇二四年，坚持统一领导、一律公开、逐一核对。",
    "通过12345热线和一网通办平台受理。",
    "“十四五”规划；党的二十大精神；一季度。",
    "「（一）予以公开」行、“（七）总计”行；（3）加强培训。\n(2) 完善制度",
  ])("accepts %s", (text) => {
    expect(checkNumbers(text, resolve)).toEqual({ ok: true, violations: [] });
  });

  it("rejects unknown slots and fills known ones", () => {
    const g = checkNumbers("共{{applications.new.sum}}，{{applications.new.total}}。", resolve);
    expect(g.violations.map((v) => [v.kind, v.text])).toEqual([["unknown-slot", "{{applications.new.sum}}"]]);
    expect(renderSlots("新收{{applications.new.total}}，新收{{ applications.new.total }}件。", resolve).text).toBe("新收7件，新收7件。");
  });
});

// A small seeded generator: the same strings on every run.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const DIGITS = "零一二三四五六七八九";
function toChinese(n: number): string {
  if (n === 0) return "零";
  const units = ["", "十", "百", "千", "万"];
  const ds = String(n).split("").map(Number);
  let out = "";
  let zero = false;
  ds.forEach((d, i) => {
    const u = units[ds.length - 1 - i] ?? "";
    if (d === 0) zero = out.length > 0;
    else {
      if (zero) out += "零";
      zero = false;
      out += (d === 1 && u === "十" && i === 0 ? "" : DIGITS[d]) + u;
    }
  });
  return out;
}

const PROSE = ["本机关", "认真贯彻落实《条例》", "进一步规范办理流程", "，", "。", "坚持公开为常态", "依申请公开", "答复", "政府信息", "统一", "加强监督", "\n", "（三）政府信息管理\n", "一是完善制度；", "第二十条", "2024年", "12月31日", "国办公开办函〔2021〕30号"];
const SLOTS = ["{{applications.new.total}}", "{{applications.granted.total}}", "{{fig:F1a2b3c}}", "{{note.1}}", "{{findings.total}}"];
const MEASURES = ["件", "条", "项", "次", "个", "人次", "万元", "%", "个百分点", "倍", "篇", "期", "余件", ""];

describe("number guard: property over generated strings", () => {
  it("rejects every injected quantity (Arabic or Chinese) and nothing else", () => {
    const r = rng(20241121);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
    let checked = 0;
    for (let i = 0; i < 3000; i++) {
      const parts: string[] = [];
      for (let k = 0, n = 3 + Math.floor(r() * 8); k < n; k++) parts.push(r() < 0.3 ? pick(SLOTS) : pick(PROSE));
      const clean = parts.join("");
      // The clean string (slots and allowed forms only) passes.
      expect(checkNumbers(clean, resolve).ok, clean).toBe(true);
      // One quantity injected at a sentence position makes it fail, and it is the one reported.
      const value = Math.floor(r() * 5000) + (r() < 0.5 ? 2 : 11);
      const kind = r();
      const number = kind < 0.45 ? String(value) : kind < 0.55 ? `${value}.${Math.floor(r() * 9) + 1}` : toChinese(value);
      const injected = `，共${number}${pick(MEASURES)}，`;
      const at = Math.floor(r() * (parts.length + 1));
      const withNumber = [...parts.slice(0, at), injected, ...parts.slice(at)].join("");
      const got = rejected(withNumber);
      // A Chinese numeral may absorb a following 万 of the unit (五万元): still one violation.
      expect(got.length, withNumber).toBe(1);
      expect(got[0]?.startsWith(number), withNumber).toBe(true);
      if (kind >= 0.55) expect(parseChineseNumber(number)).toBe(value);
      checked++;
    }
    expect(checked).toBe(3000);
  });

  it("accepts every generated non-quantity: years, dates, articles, document numbers, list markers", () => {
    const r = rng(7);
    const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
    const forms = [
      () => `${int(1990, 2099)}年`,
      () => `${int(2000, 2099)}年${int(1, 12)}月${int(1, 31)}日`,
      () => `${int(1, 12)}月${int(1, 28)}日`,
      () => `第${toChinese(int(1, 99))}条`,
      () => `第${int(1, 200)}条`,
      () => `第（${toChinese(int(1, 12))}）项`,
      () => `国办函〔${int(2000, 2099)}〕${int(1, 300)}号`,
      () => `\n（${toChinese(int(1, 20))}）`,
      () => `\n${int(1, 20)}. `,
      () => `；${toChinese(int(1, 9))}是`,
      () => `${int(2000, 2099)}-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}`,
    ];
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: int(2, 6) }, () => `${forms[int(0, forms.length - 1)]?.()}，依法办理{{applications.new.total}}`).join("。");
      expect(checkNumbers(text, resolve).ok, text).toBe(true);
    }
  });

  it("rejects numbers glued to slots, list markers or years", () => {
    for (const s of ["{{note.1}}12", "12{{note.1}}", "2024年12件", "一是12件", "（三）12件", "第二十条规定的5件"])
      expect(checkNumbers(s, resolve).ok, s).toBe(false);
  });
});
