// Reads the hand-made gold files of ../shared/gold directly: tests compare against these, never
// against a snapshot of our own output.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SHARED = resolve(REPO_ROOT, "../shared");
export const SEEDS_DIR = join(SHARED, "seeds");
export const GOLD_DIR = join(SHARED, "gold");
export const CORPUS_REAL = join(SHARED, "corpus/real");
export const CORPUS_DERIVED = join(SHARED, "corpus/derived");

export const GoldFindingSchema = z.object({
  family: z.string(),
  cells: z.array(z.string()),
  note: z.string().optional(),
  optional: z.boolean().optional(),
});
export type GoldFinding = z.infer<typeof GoldFindingSchema>;

export const GoldSchema = z.object({
  source: z.string(),
  issuer: z.string(),
  year: z.number(),
  cells: z.record(z.string(), z.number().nullable()),
  expected_findings: z.array(GoldFindingSchema),
  layout: z.string().optional(),
  format: z.string().optional(),
  notes: z.unknown().optional(),
});
export type Gold = z.infer<typeof GoldSchema>;

export interface GoldCase {
  stem: string;
  /** Absolute path of the report file the gold describes. */
  file: string;
  gold: Gold;
}

/** The five seeds with their gold. */
export function seedCases(): GoldCase[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const gold = GoldSchema.parse(JSON.parse(readFileSync(join(GOLD_DIR, f), "utf8")));
      return { stem: f.replace(/\.json$/, ""), file: join(SEEDS_DIR, gold.source), gold };
    });
}

/** The real corpus reports with their gold (source is relative to shared/). */
export function corpusCases(): GoldCase[] {
  const dir = join(GOLD_DIR, "corpus");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const gold = GoldSchema.parse(JSON.parse(readFileSync(join(dir, f), "utf8")));
      return { stem: f.replace(/\.json$/, ""), file: join(SHARED, gold.source), gold };
    });
}

/** The derived .docx/.html/.pdf renderings of each seed; their gold is the seed's. */
export function derivedCases(): GoldCase[] {
  const seeds = new Map(seedCases().map((c) => [c.stem, c]));
  return readdirSync(CORPUS_DERIVED)
    .filter((f) => /\.(docx|html|pdf)$/.test(f))
    .sort()
    .map((f) => {
      const stem = f.replace(/\.(docx|html|pdf)$/, "");
      const seed = seeds.get(stem);
      if (!seed) throw new Error(`no seed gold for derived file ${f}`);
      return { stem: f, file: join(CORPUS_DERIVED, f), gold: seed.gold };
    });
}
