// The check report's HTML in a real browser: self-contained (nothing fetched), the three tables fit
// the A4 printable width, the judged cells are framed, and it prints to A4 pages.
// Skips (with the reason) where /usr/bin/chromium is not installed: scripts/ci-setup.sh installs it.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkReport } from "../src/check/index.js";
import { parseReport } from "../src/core.js";
import { renderCheck } from "../src/render/index.js";
import { seedCases } from "./helpers/gold.js";

const CHROMIUM = "/usr/bin/chromium";
const HAVE = existsSync(CHROMIUM);
const SKIP_NOTE = `Chromium not found at ${CHROMIUM}: run scripts/ci-setup.sh to run the HTML print test`;
let browser: Browser | undefined;
let url = "";

beforeAll(async () => {
  if (!HAVE) return;
  const c = seedCases().find((s) => s.stem.startsWith("002"));
  const report = await parseReport({ path: c?.file ?? "" });
  const dir = mkdtempSync(join(tmpdir(), "jiaohe-explain-html-"));
  const file = join(dir, "002.html");
  writeFileSync(file, renderCheck(report, checkReport(report), { format: "html", explain: true }));
  url = pathToFileURL(file).href;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe("check report HTML in Chromium", () => {
  it("fetches nothing, fits the A4 width, frames the judged cells, prints on A4", async (ctx) => {
    if (!HAVE || !browser) ctx.skip(SKIP_NOTE);
    const page = await (browser as Browser).newPage({ viewport: { width: 794, height: 1123 } }); // A4 at 96 dpi
    const fetched: string[] = [];
    page.on("request", (r) => void (r.url().startsWith("file:") || fetched.push(r.url())));
    await page.goto(url);
    await page.emulateMedia({ media: "print" });
    expect(fetched).toEqual([]);
    // 190 mm of body: no table may be wider than the body.
    // Evaluated in the page (string form: the project's type library has no DOM).
    const widths = (await page.evaluate(`[...document.querySelectorAll("table.form")].map((t) => [t.scrollWidth, t.parentElement.clientWidth])`)) as number[][];
    expect(widths.length).toBe(3);
    for (const [w, body] of widths) expect(w).toBeLessThanOrEqual((body ?? 0) + 1);
    const framed = (await page.evaluate(`[...document.querySelectorAll("td.judged")].map((td) => [td.textContent, getComputedStyle(td).outlineStyle])`)) as string[][];
    expect(framed).toContainEqual(["46①", "solid"].map((x, i) => (i === 0 ? expect.stringMatching(/^46[①-⑳]$/) : x)));
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const text = pdf.toString("latin1");
    const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(8);
    expect(text).toMatch(/\/MediaBox\s*\[\s*0 0 59[56](\.\d+)? 84[12](\.\d+)?\s*\]/); // A4: 210 × 297 mm
  }, 60_000);
});
