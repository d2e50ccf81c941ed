// Old binary Word: the derived reports saved as .doc (test/fixtures/formats/doc, made once with
// LibreOffice). Tables come back with their merged cells, so every gold cell sits in its own cell.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDocument } from "../src/read/index.js";
import { gridMismatches } from "./formats-gold.js";
import { REPO_ROOT, seedCases } from "./helpers/gold.js";

describe(".doc (Word 97–2003)", () => {
  for (const c of seedCases()) {
    it(`${c.stem}.doc: table cells match the gold`, async () => {
      const doc = await readDocument({ path: join(REPO_ROOT, "test/fixtures/formats/doc", `${c.stem}.doc`) });
      expect(doc.kind).toBe("doc");
      expect(doc.warnings).toEqual([]);
      expect(gridMismatches(doc, c.gold)).toEqual([]);
      // Prose survives as lines, the section headings among them.
      expect(doc.lines.some((l) => l.kind === "text" && /三、收到和处理政府信息公开申请情况/.test(l.cells[0]!.text))).toBe(true);
      // Vertical merges come back as marked copies, as in .docx.
      expect(doc.lines.some((l) => l.cells.some((t) => t.merged && /本年度办理结果/.test(t.text)))).toBe(true);
    });
  }
});
