import { describe, expect, it } from "vitest";
import { ACTIVE2019_IDS, ALL_CELL_IDS } from "../model/cells.js";
import { FindingSchema } from "../model/finding.js";
import { testReport } from "../../test/helpers/report.js";
import { renderMessage } from "../explain/messages.js";
import { checkReport, findingId } from "./index.js";

// Deterministic pseudo-random numbers (no Math.random in tests either: failures must reproduce).
function rng(seed: number) {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const PROSE = [
  "全年共收到政府信息公开申请十二件，办结10件，结转下年度2件。",
  "主动公开信息 120 条。其中，动态 80 条，解读 50 条，其他 3 条。",
  "依据国办函〔2020109号，未引发行政复议和行政诉讼。",
  "",
  "发布发布 信息，全区各单位，郟县。",
  "制发行政规范性文件 -3 件，现行有效 1.5 件。",
];

describe("checkReport", () => {
  it("gives stable, value-free ids", () => {
    expect(findingId("B3", ["b", "a"], "row-sum")).toBe(findingId("B3", ["a", "b"], "row-sum"));
    expect(findingId("B3", ["a"], "row-sum")).not.toBe(findingId("B2", ["a"], "row-sum"));
    expect(findingId("B3", ["a"], "row-sum")).toMatch(/^B3-[0-9a-f]{6}$/);
  });

  it("keeps ids from one version to the next, and tells the catalogue's cells apart", () => {
    // pinned: a change of the hash would silently re-key every reviewer's saved findings
    expect(findingId("B3", ["applications.granted.total"], "row-sum")).toBe("B3-2d3226");
    expect(findingId("F2-cell", [], "missing", "x")).toBe("F2-cell-bb2ce7");
    const all = [...ALL_CELL_IDS, ...ACTIVE2019_IDS];
    const ids = all.flatMap((c) => ["row-sum", "column-sum", "blank"].map((m) => findingId("B3", [c], m)));
    // several cells: every pair of neighbours, and each row's first k cells
    for (let i = 0; i + 1 < all.length; i++) ids.push(findingId("B3", [all[i]!, all[i + 1]!], "row-sum"));
    for (let k = 3; k <= 7; k++) for (let i = 0; i + k <= all.length; i += 7) ids.push(findingId("F2-cell", all.slice(i, i + k), "missing-cells"));
    expect(new Set(ids).size).toBe(ids.length);
    expect(findingId("B3", ["a", "b"], "m")).not.toBe(findingId("B3", ["a"], "m"));
    expect(findingId("B3", ["a", "a"], "m")).not.toBe(findingId("B3", ["a"], "m"));
  });

  it("never throws, and every finding is well-formed, worded and unique, on 300 random reports", () => {
    const r = rng(7);
    const states = ["number", "number", "number", "missing", "blank", "slash", "ambiguous"] as const;
    for (let n = 0; n < 300; n++) {
      const cells: Record<string, unknown> = {};
      for (const id of ALL_CELL_IDS) {
        const st = states[Math.floor(r() * states.length)] as (typeof states)[number];
        const v = Math.floor(r() * 40) - (r() < 0.05 ? 50 : 0) + (r() < 0.05 ? 0.5 : 0);
        cells[id] = st === "number" ? v : st === "ambiguous" ? { value: null, state: st, candidates: [v, v + 1] } : { value: null, state: st };
      }
      const report = testReport({
        cells: cells as never,
        issuer: ["某县人民政府", "某镇人民政府", null, "某市人民政府办公室"][n % 4] as string | null,
        year: [2024, 2019, null][n % 3] as number | null,
        format: (["2021", "2019", "unknown"] as const)[n % 3],
        sections: { overview: PROSE[n % PROSE.length] as string, other: PROSE[(n + 3) % PROSE.length] as string },
        onlySections: n % 10 === 0 ? ["overview"] : undefined,
        deviations:
          n % 5 === 0
            ? [{ kind: (["heading", "row", "column", "table"] as const)[n % 4], seen: "x", standard: "y", cells: n % 2 ? ["review.total"] : [], severity: "warning", loc: { offset: 0, length: 1, line: 1, column: 1 } }]
            : [],
      } as never);
      const previous = n % 2 ? testReport({ cells: cells as never }) : undefined;
      const fs = checkReport(report, previous ? { previous } : {});
      expect(new Set(fs.map((f) => f.id)).size).toBe(fs.length);
      for (const f of fs) {
        FindingSchema.parse(f);
        expect(f.message).not.toMatch(/\{\{|undefined|NaN/);
        expect(renderMessage(f, "en")).not.toMatch(/\{\{|undefined|NaN/);
      }
    }
  });

  it("sorts by position, then severity", () => {
    const fs = checkReport(testReport({ cells: { "applications.granted.total": 5, "review.total": 3 }, sections: { overview: "依据国办函〔2020109号。" } }));
    const offsets = fs.map((f) => f.location?.offset ?? Number.MAX_SAFE_INTEGER);
    expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
  });
});
