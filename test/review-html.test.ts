// The HTML report opened in a real headless Chromium (Debian's package, driven by playwright-core):
// the index lists every report and sorts, seed 002's page shows its 予以公开 row marked (src/render)
// with numbered explanations (src/explain) beside it, nothing logs an error, and it prints to A4.
// Skips (with the reason) where /usr/bin/chromium is not installed: scripts/ci-setup.sh installs it.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeOutputs } from "../src/review/output.js";
import { runReview } from "../src/review/run.js";
import type { ReviewResult } from "../src/review/types.js";
import { CORPUS_REAL, REPO_ROOT, SEEDS_DIR } from "./helpers/gold.js";
import { tempDir } from "./review-support.js";

const CHROMIUM = "/usr/bin/chromium";
const HAVE = existsSync(CHROMIUM);
const SKIP_NOTE = `Chromium not found at ${CHROMIUM}: run scripts/ci-setup.sh (apt-get install chromium) to run the HTML report test`;
const ARTIFACTS = join(REPO_ROOT, "test-artifacts");
const PT19 = join(CORPUS_REAL, "2019_fujian_pingtan_zone_flattened_2019format.txt");
const PT20 = join(CORPUS_REAL, "2020_fujian_pingtan_zone_flattened_2019format.txt");

let result: ReviewResult;
let htmlDir: string;
let browser: BrowserContext | undefined;
const consoleErrors: string[] = [];

async function open(url: string): Promise<Page> {
  if (!browser) throw new Error("no browser");
  const page = await browser.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(`${url}: ${m.text()}`);
  });
  page.on("pageerror", (e) => consoleErrors.push(`${url}: ${e.message}`));
  // Self-contained: nothing may be fetched from anywhere.
  page.on("request", (r) => {
    if (!r.url().startsWith("file:")) consoleErrors.push(`${url}: fetched ${r.url()}`);
  });
  await page.goto(url);
  return page;
}

beforeAll(async () => {
  if (!HAVE) {
    console.warn(`SKIP review-html: ${SKIP_NOTE}`);
    return;
  }
  result = await runReview({ inputs: [SEEDS_DIR, PT19, PT20], jobs: 2, cacheDir: null });
  const out = tempDir("review-html");
  await writeOutputs(result, out);
  htmlDir = join(out, "html");
  mkdirSync(ARTIFACTS, { recursive: true });
  // A fresh profile each run (playwright passes it as --user-data-dir).
  browser = await chromium.launchPersistentContext(tempDir("chromium-profile"), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe("review HTML report in Chromium", () => {
  it("index lists every report, sorts by issuer and by problem count", async (ctx) => {
    if (!HAVE) ctx.skip(SKIP_NOTE);
    const page = await open(pathToFileURL(join(htmlDir, "index.html")).href);
    const listed = await page.$$eval("table.index tbody tr", (trs) => trs.map((tr) => tr.getAttribute("data-report")));
    expect(listed.sort()).toEqual(result.reports.map((r) => r.name).sort());
    expect(result.reports.length).toBe(7);

    const counts = () => page.$$eval("table.index tbody tr", (trs) => trs.map((tr) => Number(tr.querySelectorAll("td")[7]?.textContent)));
    await page.click('th[data-key="problems"]');
    const asc = await counts();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    await page.click('th[data-key="problems"]');
    const desc = await counts();
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(await page.getAttribute('th[data-key="problems"]', "aria-sort")).toBe("descending");

    await page.click('th[data-key="issuer"]');
    const issuers = await page.$$eval("table.index tbody tr", (trs) => trs.map((tr) => tr.querySelector("td")?.dataset.v ?? ""));
    const coll = new Intl.Collator("zh-CN");
    expect(issuers).toEqual([...issuers].sort((a, b) => coll.compare(a, b)));
    // The two 平潭 years are listed as one issuer's series.
    expect(await page.textContent("ul.series")).toContain("2019、2020");
    await page.screenshot({ path: join(ARTIFACTS, "review-index.png"), fullPage: true });
    await page.close();
  });

  it("seed 002's page shows the 予以公开 row marked, numbered and explained", async (ctx) => {
    if (!HAVE) ctx.skip(SKIP_NOTE);
    const index = await open(pathToFileURL(join(htmlDir, "index.html")).href);
    await Promise.all([index.waitForURL(/reports\/.*\.html$/), index.click('tr[data-report="seeds/002_4ae575586cf2a2c2.txt"] a')]);
    const page = index;
    // The row as the official form prints it; its judged cells carry the finding numbers (①②…).
    const row = await page.$$eval("table.form tr", (trs) =>
      trs
        .filter((tr) => (tr.textContent ?? "").includes("（一）予以公开"))
        .map((tr) =>
          [...tr.querySelectorAll("td")].map((td) => ({ cls: td.className, badges: td.querySelector("sup.b")?.textContent ?? "" })),
        ),
    );
    expect(row.length).toBe(1);
    const judged = (row[0] ?? []).filter((c) => /\b(judged|suspect)\b/.test(c.cls));
    expect(judged.length).toBeGreaterThan(0);
    const numbers = new Set(judged.flatMap((c) => [...c.badges].map((ch) => (ch.codePointAt(0) ?? 0) - 0x2460 + 1)));
    expect(numbers.size).toBeGreaterThan(0);
    // Each number is explained beside the tables, and one explanation is the row that does not add up.
    const notes: string[] = [];
    for (const n of numbers) {
      const text = await page.textContent(`aside.notes ol.findings li#f${n}`);
      expect(text, `finding ${n} explained`).toBeTruthy();
      notes.push(text ?? "");
    }
    expect(notes.some((t) => t.includes("予以公开") && t.includes("46") && t.includes("37"))).toBe(true);
    const left = (sel: string) => page.$eval(sel, (e) => e.getBoundingClientRect().left);
    expect(await left("aside.notes")).toBeGreaterThan(await left("main.report .tables"));
    await page.screenshot({ path: join(ARTIFACTS, "review-seed-002.png"), fullPage: true });

    // Print: A4, navigation hidden, the notes flow under their table.
    await page.emulateMedia({ media: "print" });
    const display = (sel: string) => page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(sel)})).display`);
    expect(await display("nav")).toBe("none");
    expect(await display("main.report")).toBe("block");
    const pdf = join(ARTIFACTS, "review-seed-002.pdf");
    await page.pdf({ path: pdf, format: "A4", printBackground: true });
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    // A4 is 595 × 842 points.
    const box = /MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(bytes.toString("latin1"));
    expect(Math.abs(Number(box?.[1]) - 595)).toBeLessThan(2);
    expect(Math.abs(Number(box?.[2]) - 842)).toBeLessThan(2);
    await page.close();
  });

  it("logged no console errors and fetched nothing from outside", (ctx) => {
    if (!HAVE) ctx.skip(SKIP_NOTE);
    expect(consoleErrors).toEqual([]);
  });
});
