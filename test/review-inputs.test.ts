// What `review` takes in: folders (recursively, hidden files skipped), files, ZIP archives with
// GBK entry names (Chinese Windows), and archives that are damaged or would unpack to too much.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { collectInputs, DEFAULT_INPUT_LIMITS } from "../src/review/inputs.js";
import { tempDir } from "./review-support.js";

/** The GBK bytes of a name, as a string of Latin-1 characters (how a zip without the UTF-8 flag reads). */
const GBK_NAME_AS_LATIN1 = `${String.fromCharCode(0xcf, 0xd8)}/${String.fromCharCode(0xc4, 0xea, 0xb1, 0xa8)}.txt`; // 县/年报.txt

describe("review inputs", () => {
  it("walks a folder, skips hidden files, and names files relative to it", async () => {
    const dir = tempDir("inputs");
    mkdirSync(join(dir, "2024", ".git"), { recursive: true });
    writeFileSync(join(dir, "2024", "a.txt"), "x");
    writeFileSync(join(dir, "2024", ".DS_Store"), "x");
    writeFileSync(join(dir, "2024", ".git", "HEAD"), "x");
    writeFileSync(join(dir, "b.pdf"), "x");
    const { sources, failed } = await collectInputs([dir]);
    expect(sources.map((s) => s.name)).toEqual(["2024/a.txt", "b.pdf"]);
    expect(failed).toEqual([]);
  });

  it("reads ZIP entries in memory and decodes GBK names", async () => {
    const dir = tempDir("inputs-zip");
    writeFileSync(join(dir, "报告.zip"), zipSync({ [GBK_NAME_AS_LATIN1]: new Uint8Array([0x61]), "__MACOSX/._x": new Uint8Array([0]) }));
    const { sources } = await collectInputs([join(dir, "报告.zip")]);
    expect(sources.map((s) => s.name)).toEqual(["报告.zip/县/年报.txt"]);
    expect(sources[0]?.bytes).toEqual(new Uint8Array([0x61]));
  });

  it("lists a damaged archive and a zip bomb as unreadable, and goes on", async () => {
    const dir = tempDir("inputs-bad");
    writeFileSync(join(dir, "坏.zip"), Buffer.from("PK\u0003\u0004 this is not really a zip"));
    writeFileSync(join(dir, "炸弹.zip"), zipSync({ "big.txt": new Uint8Array(200_000) }));
    writeFileSync(join(dir, "ok.txt"), "x");
    const { sources, failed } = await collectInputs([dir], { ...DEFAULT_INPUT_LIMITS, maxFileBytes: 100_000 });
    expect(sources.map((s) => s.name)).toEqual(["ok.txt"]);
    expect(failed.map((f) => [f.name, f.error.code]).sort()).toEqual([
      ["坏.zip", "corrupt"],
      ["炸弹.zip", "zip-bomb"],
    ]);
    for (const f of failed) expect(f.error.zh).toContain(f.name);
  });

  it("keeps two files with one display name apart, and says clearly when a path is missing", async () => {
    const a = tempDir("inputs-a");
    const b = tempDir("inputs-b");
    writeFileSync(join(a, "年报.txt"), "x");
    writeFileSync(join(b, "年报.txt"), "y");
    const { sources } = await collectInputs([join(a, "年报.txt"), join(b, "年报.txt")]);
    expect(sources.map((s) => s.name).sort()).toEqual(["年报 (2).txt", "年报.txt"]);
    await expect(collectInputs([join(a, "没有.txt")])).rejects.toMatchObject({ code: "not-found" });
    await expect(collectInputs([])).rejects.toMatchObject({ code: "not-found" });
  });
});
