import { describe, expect, it } from "vitest";
import { ACTIVE2019_IDS, ALL_CELL_IDS, APPLICATION_COLUMN_KEYS, APPLICATION_IDS, APPLICATION_ROW_IDS, APPLICATION_ROWS, applicationCellId, internalized, isKnownCellId } from "./cells.js";

describe("cell catalogue", () => {
  it("has 200 distinct 2021 ids and distinct 2019 ids, all known", () => {
    expect(ALL_CELL_IDS).toHaveLength(200);
    expect(new Set([...ALL_CELL_IDS, ...ACTIVE2019_IDS]).size).toBe(ALL_CELL_IDS.length + ACTIVE2019_IDS.length);
    for (const id of [...ALL_CELL_IDS, ...ACTIVE2019_IDS]) expect(isKnownCellId(id)).toBe(true);
  });

  it("gives each applications row its cells in column order, the same strings as the flat list", () => {
    expect([...APPLICATION_ROW_IDS.keys()]).toEqual(APPLICATION_ROWS.map((r) => r.key));
    for (const [row, ids] of APPLICATION_ROW_IDS) expect(ids).toEqual(APPLICATION_COLUMN_KEYS.map((c) => applicationCellId(row, c)));
    expect(APPLICATION_IDS).toEqual([...APPLICATION_ROW_IDS.values()].flat());
  });

  it("internalized keeps the text of any string", () => {
    for (const s of ["", "a", applicationCellId("granted", "total"), "申请.其他", "0", "12", "__proto__", "constructor"])
      expect(internalized(s)).toBe(s);
  });
});
