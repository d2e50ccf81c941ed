// Entry of the render layer: one call for the check command (tables with numbered findings, then the
// findings list, optionally explained) and one for the explain command.
import type { Finding } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { diagnose } from "../explain/diagnose/index.js";
import { TEMPLATES, explainFindings, findFinding } from "../explain/explain.js";
import type { Explanation, Lang } from "../explain/types.js";
import { explanationLines } from "./explanation-text.js";
import { esc, htmlDocument, renderFindingsHtml, renderTablesHtml } from "./html.js";
import { renderFindingsMarkdown, renderTablesMarkdown } from "./markdown.js";
import { marksOf } from "./marks.js";
import { renderFindingsText, renderTablesText } from "./terminal.js";

export type RenderFormat = "text" | "md" | "html" | "json";
export const RENDER_FORMATS: readonly RenderFormat[] = ["text", "md", "html", "json"];

export interface RenderOptions {
  format?: RenderFormat;
  lang?: Lang;
  /** Add the explanation (rule, arithmetic, likely cause, fix) to every finding. */
  explain?: boolean;
  /** Render the three tables with the findings marked (default true). */
  tables?: boolean;
  /** ANSI colour in text output (the CLI passes process.stdout.isTTY). */
  color?: boolean;
  /** Last year's report of the same issuer, for the "copied from last year" diagnosis. */
  previous?: Report;
}

function heading(report: Report): string {
  return [report.title ?? report.source.name, report.issuer && !report.title?.includes(report.issuer) ? report.issuer : null]
    .filter(Boolean)
    .join(" · ");
}

/** Everything `jiaohe check` prints: tables with numbered finding marks, then the findings list. */
export function renderCheck(report: Report, findings: readonly Finding[], options: RenderOptions = {}): string {
  const format = options.format ?? "text";
  const lang = options.lang ?? "zh";
  const diagnoses = diagnose(report, findings, options.previous ? { previous: options.previous } : {});
  const explanations = options.explain || format === "json" ? explainFindings(report, findings, { lang, diagnoses, ...(options.previous ? { previous: options.previous } : {}) }) : null;
  const marks = marksOf(findings, diagnoses);
  const tables = options.tables ?? true;
  switch (format) {
    case "json":
      return `${JSON.stringify({ source: report.source.name, issuer: report.issuer, year: report.year, findings: findings.map((f, i) => ({ ...f, index: i + 1, explanation: explanations?.[i] })) }, null, 2)}\n`;
    case "md":
      return `${[`## ${heading(report)}`, tables ? renderTablesMarkdown(report, findings, marks, lang) : "", renderFindingsMarkdown(findings, explanations, lang)].filter(Boolean).join("\n\n")}\n`;
    case "html":
      return htmlDocument(
        heading(report),
        [`<h1>${esc(heading(report))}</h1>`, tables ? renderTablesHtml(report, findings, marks, lang) : "", renderFindingsHtml(findings, explanations, lang)].join("\n"),
        lang,
      );
    default: {
      const o = { lang, color: options.color ?? false };
      return `${[heading(report), tables ? renderTablesText(report, findings, marks, o) : "", renderFindingsText(findings, explanations, o)].filter(Boolean).join("\n\n")}\n`;
    }
  }
}

export class UnknownFindingError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(zh);
  }
}

/** One finding explained (by stable id or 1-based number), with the tables marked for it alone. */
export function renderExplanation(report: Report, findings: readonly Finding[], id: string, options: RenderOptions = {}): string {
  const lang = options.lang ?? "zh";
  const format = options.format ?? "text";
  const i = findFinding(findings, id);
  if (i < 0) throw new UnknownFindingError(TEMPLATES.zh.ui.unknownFinding(id, findings.length), TEMPLATES.en.ui.unknownFinding(id, findings.length));
  const diagnoses = diagnose(report, findings, options.previous ? { previous: options.previous } : {});
  const all = explainFindings(report, findings, { lang, diagnoses });
  const e = all[i] as Explanation;
  const f = findings[i] as Finding;
  // Only this finding's marks, keeping its number.
  const marks = marksOf(findings, diagnoses);
  for (const [cell, ms] of marks) {
    const mine = ms.filter((m) => m.index === i + 1);
    if (mine.length) marks.set(cell, mine);
    else marks.delete(cell);
  }
  const only = findings.map((x, k) => (k === i ? x : { ...x, cells: [] }));
  const tables = options.tables ?? false;
  switch (format) {
    case "json":
      return `${JSON.stringify({ finding: f, explanation: e, diagnosis: diagnoses.get(f.id) }, null, 2)}\n`;
    case "md": {
      const [head, ...rest] = explanationLines(e, lang, true);
      return `${[`### ${head}`, rest.join("\n"), tables ? renderTablesMarkdown(report, only, marks, lang) : ""].filter(Boolean).join("\n\n")}\n`;
    }
    case "html":
      return htmlDocument(
        e.title,
        [`<h1>${esc(heading(report))}</h1>`, renderFindingsHtml([f], [e], lang), tables ? renderTablesHtml(report, only, marks, lang) : ""].join("\n"),
        lang,
      );
    default:
      return `${[explanationLines(e, lang, false).join("\n"), tables ? renderTablesText(report, only, marks, { lang, color: options.color ?? false }) : ""].filter(Boolean).join("\n\n")}\n`;
  }
}
