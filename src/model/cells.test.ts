import { describe, expect, it } from "vitest";
import { ACTIVE2019_IDS, ALL_CELL_IDS, applicationCellId, internalized, isKnownCellId } from "./cells.js";

describe("cell catalogue", () => {
  it("has 200 distinct 2021 ids and distinct 2019 ids, all known", () => {
    expect(ALL_CELL_IDS).toHaveLength(200);
    expect(new Set([...ALL_CELL_IDS, ...ACTIVE2019_IDS]).size).toBe(ALL_CELL_IDS.length + ACTIVE2019_IDS.length);
    for (const id of [...ALL_CELL_IDS, ...ACTIVE2019_IDS]) expect(isKnownCellId(id)).toBe(true);
  });

  it("internalized keeps the text of any string", () => {
    for (const s of ["", "a", applicationCellId("granted", "total"), "申请.其他", "0", "12", "__proto__", "constructor"])
      expect(internalized(s)).toBe(s);
  });
});
