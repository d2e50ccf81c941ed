// The rule catalogue as served: each rule's metadata, its message templates (the one wording
// catalogue, src/explain/messages) and, where the rule fires on the bundled example report, a real
// finding as a worked example. The example is computed once, on first read.
import { join } from "node:path";
import { analyze } from "../core.js";
import { MESSAGES } from "../explain/messages.js";
import type { Rule } from "../rules/rule.js";
import { rootPath } from "./text.js";

export type RuleInfo = Pick<Rule, "id" | "family" | "severity" | "title" | "description" | "status" | "messages"> & { basis?: string };

export interface RuleEntry {
  id: string;
  family: string;
  severity: string;
  title: string;
  description: string;
  basis?: string;
  status: string;
  messages: { id: string; zh: string; en: string }[];
  /** Findings this rule raises on the bundled example report (examples/lushi-2024.txt). */
  examples: { message: string; cells: string[]; line: number | null }[];
}

const EXAMPLE = "examples/lushi-2024.txt";
let examples: Promise<Map<string, RuleEntry["examples"]>> | undefined;

function exampleFindings(): Promise<Map<string, RuleEntry["examples"]>> {
  examples ??= analyze({ path: rootPath(EXAMPLE) })
    .then(({ findings }) => {
      const byRule = new Map<string, RuleEntry["examples"]>();
      for (const f of findings) {
        const list = byRule.get(f.rule) ?? [];
        if (list.length < 2) list.push({ message: f.message, cells: f.cells, line: f.location?.line ?? null });
        byRule.set(f.rule, list);
      }
      return byRule;
    })
    // The catalogue must still load if the example cannot be read; it just has no examples.
    .catch(() => new Map());
  return examples;
}

export async function ruleCatalogue(rules: readonly RuleInfo[]): Promise<{ example: string; rules: RuleEntry[] }> {
  const ex = await exampleFindings();
  return { example: join(EXAMPLE), rules: rules.map((r) => ruleEntry(r, ex.get(r.id) ?? [])) };
}

export async function ruleEntryById(rules: readonly RuleInfo[], id: string): Promise<RuleEntry | undefined> {
  const r = rules.find((x) => x.id === id);
  return r ? ruleEntry(r, (await exampleFindings()).get(r.id) ?? []) : undefined;
}

function ruleEntry(r: RuleInfo, ex: RuleEntry["examples"]): RuleEntry {
  return {
    id: r.id,
    family: r.family,
    severity: r.severity,
    title: r.title,
    description: r.description,
    ...(r.basis ? { basis: r.basis } : {}),
    status: r.status,
    messages: r.messages.map((m) => {
      const t = MESSAGES[`${r.id}.${m}`];
      return { id: m, zh: t?.zh ?? "", en: t?.en ?? "" };
    }),
    examples: ex,
  };
}
