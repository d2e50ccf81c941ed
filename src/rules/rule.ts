import type { Family, Operand, Severity } from "../model/finding.js";
import type { Report, SourceLocation } from "../model/report.js";

export interface CheckOptions {
  /** The same issuer's previous report, for the cross-year rules. */
  previous?: Report;
}

/** What a rule reports: data only. Wording comes from src/explain/messages (one place). */
export interface FindingDraft {
  messageId: string;
  cells: string[];
  expected?: number | null;
  actual?: number | null;
  /** Values for the message template; numbers stay numbers. */
  data?: Record<string, string | number | null>;
  loc?: SourceLocation | null;
  operands?: Operand[];
  assumptions?: string[];
  related?: string[];
  /** Overrides the rule's default severity for this finding (e.g. hedged narrative → warning). */
  severity?: Severity;
  /** Extra key for the stable id when cells alone do not tell two findings apart (e.g. prose). */
  key?: string;
}

export interface RuleContext {
  readonly report: Report;
  readonly options: CheckOptions;
  emit(draft: FindingDraft): void;
}

export interface Rule {
  /** Stable, never reused; follows the spec's numbering where it has one (B1, C1, N-SUM, …). */
  id: string;
  family: Family;
  severity: Severity;
  /** Chinese title in the format's own wording. */
  title: string;
  /** What it checks, in one Chinese sentence. */
  description: string;
  /** The instrument and clause it rests on. */
  basis?: string;
  status: "stable" | "experimental";
  /** The messageIds it may emit; each has a template in src/explain/messages. */
  messages: readonly string[];
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
