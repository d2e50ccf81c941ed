import { describe, expect, it } from "vitest";
import { MESSAGES } from "../explain/messages.js";
import { FAMILIES } from "../model/finding.js";
import { RULES } from "./index.js";

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("rule registry", () => {
  it("has unique ids, known families and complete metadata", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(FAMILIES).toContain(r.family);
      expect(r.title.length).toBeGreaterThan(0);
      expect(r.description.length).toBeGreaterThan(0);
      expect(r.messages.length).toBeGreaterThan(0);
    }
  });
  it("has a zh and an en template for every message, with the same placeholders", () => {
    for (const r of RULES)
      for (const m of r.messages) {
        const t = MESSAGES[`${r.id}.${m}`];
        expect(t, `${r.id}.${m}`).toBeDefined();
        // English may use an English variant of a Chinese value (kind → kindEn), nothing else.
        const en = placeholders(t?.en ?? "").map((p) => p?.replace(/En$/, ""));
        expect(en, `${r.id}.${m}`).toEqual(placeholders(t?.zh ?? ""));
        expect(/[\u4e00-\u9fa5]/.test(t?.zh ?? "")).toBe(true);
      }
  });
  it("has no template that no rule uses", () => {
    const used = new Set(RULES.flatMap((r) => r.messages.map((m) => `${r.id}.${m}`)));
    expect(Object.keys(MESSAGES).filter((k) => !used.has(k))).toEqual([]);
  });
});

describe("registry order", () => {
  it("is sorted by id", () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });
});
