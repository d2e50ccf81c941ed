import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDocument } from "../index.js";

const PDF = new URL("../../../../shared/corpus/derived/000_855a3ef0bc8273b0.pdf", import.meta.url);

describe("pdf.js loading", () => {
  it("leaves the process's natives (push, JSON) in place after a PDF is read", async () => {
    const natives = [Array.prototype.push, JSON.parse, JSON.stringify, Function.prototype.toString];
    const doc = await readDocument({ bytes: new Uint8Array(readFileSync(PDF)), name: "a.pdf" });
    expect(doc.pages).toBe(4);
    expect([Array.prototype.push, JSON.parse, JSON.stringify, Function.prototype.toString]).toEqual(natives);
    expect(Array.prototype.push === natives[0]).toBe(true);
  });
});
