// Explanations are data; templates.zh.ts / templates.en.ts turn them into words.
import type { Family, Severity } from "../model/finding.js";
import type { Confidence } from "./diagnose/types.js";

export type Lang = "zh" | "en";

/** A cell in its printed labels. */
export interface Place {
  table: string;
  group?: string;
  row: string;
  column: string;
}

/** The arithmetic of an identity, with every number as the report prints it. */
export interface Numbers {
  /** Left side: the parts (values in the format's order; null = not given). */
  parts: { place: Place; value: number | null }[];
  partsSum: number;
  /** Right side: the stated total (and, for B1, 结转下年度). */
  stated: { place: Place; value: number | null }[];
  statedSum: number;
  /** statedSum − partsSum. */
  difference: number;
}

export interface CauseText {
  text: string;
  confidence: Confidence;
  /** Other findings the same change would clear (stable id and list number). */
  alsoClears: { id: string; index: number }[];
}

export interface Explanation {
  findingId: string;
  /** 1-based position in the findings list, as numbered on the tables. */
  index: number;
  severity: Severity;
  family: Family;
  /** Short headline. */
  title: string;
  /** What is wrong, where: table, row and column in printed labels. */
  what: string;
  where: Place[];
  /** Where in the source: line (1-based) and the section heading as printed, when known. */
  source: { line: number; section: string | null; page: number | null } | null;
  /** The rule in words. */
  why: string;
  /** The arithmetic shown: "37 + 0 + 0 + 0 + 0 = 37，而总计为 46，相差 9". */
  numbers: string | null;
  numbersData: Numbers | null;
  /** Likely causes, best first. */
  causes: CauseText[];
  /** What to check or change. */
  fix: string[];
  /** How sure the best cause is; null when no cause was found. */
  confidence: Confidence | null;
  assumptions: string[];
}
