// English wording (by flag). Printed labels stay in Chinese: they are what the reader sees in the report.
import { TABLE_LABELS } from "../model/cells.js";
import type { Equation } from "./diagnose/equations.js";
import type { Cause } from "./diagnose/types.js";
import { type CauseContext, type Templates, blockLabel, colLabel, num, rowLabel } from "./templates.js";
import type { Numbers, Place } from "./types.js";

function placeShort(p: Place): string {
  if (p.table === TABLE_LABELS.review) return `block 「${p.row}」, column 「${p.column}」`;
  return `row 「${p.group ? `${p.group} ` : ""}${p.row}」, column 「${p.column}」`;
}

function sumText(values: (number | null)[]): string {
  const given = values.filter((v): v is number => v !== null);
  const sum = given.reduce((a, b) => a + b, 0);
  if (given.length === 0) return "0";
  if (given.length <= 7) return given.length === 1 ? num(sum) : `${given.map(num).join(" + ")} = ${num(sum)}`;
  const nz = given.filter((v) => v !== 0);
  if (nz.length === 0) return "all terms are 0";
  return nz.length === 1 ? `${num(nz[0] as number)} (all other terms 0)` : `${nz.map(num).join(" + ")} = ${num(sum)} (all other terms 0)`;
}

function missingNote(n: Numbers): string {
  const miss = [...n.parts, ...n.stated].filter((p) => p.value === null).map((p) => placeShort(p.place));
  if (miss.length === 0) return "";
  if (miss.length > 3) return " (several cells not given, counted as 0)";
  return ` (${miss.join("; ")} not given, counted as 0)`;
}

const diffWord = (d: number) => (d > 0 ? `${num(d)} more` : `${num(-d)} less`);

function changesText(c: Cause, ctx: CauseContext): string {
  return c.changes
    .filter((ch) => !(ch.from === null && ch.to === 0))
    .map((ch) => `${placeShort(ctx.place(ch.cell))}: ${ch.from === null ? "fill in" : `change ${num(ch.from)} to`} ${num(ch.to)}`)
    .join("; ");
}

function deltaText(from: number | null, to: number | null): string {
  if (from === null || to === null) return num(to);
  const d = Math.round((to - from) * 1e4) / 1e4;
  return d >= 0 ? `${num(from)} + ${num(d)} = ${num(to)}` : `${num(from)} − ${num(-d)} = ${num(to)}`;
}

function equationName(eq: Equation): string {
  switch (eq.kind) {
    case "row-sum":
      return `the total of row 「${rowLabel(eq.subject)}」`;
    case "column-sum":
      return `the outcome sum of column 「${colLabel(eq.subject)}」`;
    case "balance":
      return `the balance of column 「${colLabel(eq.subject)}」`;
    case "review-sum":
      return `the total of 「${blockLabel(eq.subject)}」`;
  }
}

function clearsText(c: Cause, ctx: CauseContext): string {
  const names = c.clears.map((k) => ctx.equation(k)).filter((e): e is Equation => !!e).map(equationName);
  return names.length ? ` (re-checked on a copy: ${names.join(", ")} then hold, and nothing else breaks)` : "";
}

export const en: Templates = {
  severity: { error: "error", warning: "warning", info: "info" },
  confidence: { high: "very likely", medium: "likely", low: "possibly" },
  family: {
    "row-sum": "Row total does not add up",
    "column-sum": "Column total does not add up",
    balance: "Requests do not balance",
    "review-sum": "Review/litigation total does not add up",
    "missing-column": "A column is missing",
    "missing-cell": "A cell is missing",
    "missing-table": "A table is missing",
    "missing-section": "A section is missing",
    "label-deviation": "Label differs from the standard format",
    "narrative-mismatch": "Text contradicts the tables",
    "narrative-sum": "Listed parts do not add up to the stated total",
    "implausible-value": "Implausible value",
    "cross-year": "Does not follow on from last year's report",
    "citation-format": "Malformed document number",
    "text-quality": "Wording problem",
    "format-version": "Outdated format",
    "report-year": "Year or publication date inconsistent",
  },
  place: (p) => `${p.table}, ${placeShort(p)}`,
  placeShort,
  places(ps) {
    const first = ps[0];
    if (!first) return "";
    if (ps.length === 1) return en.place(first);
    const rowName = (p: Place) => `${p.group ? `${p.group} ` : ""}${p.row}`;
    if (ps.every((p) => p.table === first.table && rowName(p) === rowName(first)))
      return `${first.table}, row 「${rowName(first)}」, columns ${ps.map((p) => `「${p.column}」`).join("")}`;
    if (ps.every((p) => p.table === first.table && p.column === first.column))
      return `${first.table}, column 「${first.column}」, rows 「${rowName(first)}」 to 「${rowName(ps[ps.length - 1] as Place)}」`;
    return `${ps.slice(0, 3).map(en.place).join("; ")}${ps.length > 3 ? "; …" : ""}`;
  },
  equationName,
  rule(eq) {
    switch (eq.kind) {
      case "balance":
        return `As the table's own note says, in this column (「${colLabel(eq.subject)}」): the first item plus the second must equal the third plus the fourth, i.e. 本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理.`;
      case "column-sum":
        return `In this column (「${colLabel(eq.subject)}」): the outcomes （一） to （六） must add up to （七）总计; each request is counted under exactly one outcome.`;
      case "row-sum":
        return `In this row (「${rowLabel(eq.subject)}」): the applicant columns 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构 and 其他 must add up to 总计.`;
      case "review-sum":
        return `In 「${blockLabel(eq.subject)}」: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 must equal 总计.`;
    }
  },
  whatArithmetic(eq, target, n) {
    const d = n.difference;
    switch (eq.kind) {
      case "row-sum":
        return `${en.place(target)} says ${num(n.statedSum)}, but the applicant columns of the row add up to ${num(n.partsSum)}: the total is ${diffWord(d)}.`;
      case "column-sum":
        return `${en.place(target)} says ${num(n.statedSum)}, but the outcomes of the column add up to ${num(n.partsSum)}: the total is ${diffWord(d)}.`;
      case "balance":
        return `Column 「${colLabel(eq.subject)}」 does not balance: new plus carried over is ${num(n.partsSum)}, closed plus carried forward is ${num(n.statedSum)} (${diffWord(d)}).`;
      case "review-sum":
        return `${en.place(target)} says ${num(n.statedSum)}, but the four results add up to ${num(n.partsSum)}: the total is ${diffWord(d)}.`;
    }
  },
  numbers(eq, n) {
    const left = sumText(n.parts.map((p) => p.value));
    const right = eq.kind === "balance" ? sumText(n.stated.map((p) => p.value)) : `the total says ${num(n.statedSum)}`;
    return `${left}${missingNote(n)}, but ${right}; difference ${num(Math.abs(n.difference))}`;
  },
  cause(c, ctx) {
    const d = c.data;
    const first = c.changes[0];
    const p = first ? placeShort(ctx.place(first.cell)) : "";
    const tail = clearsText(c, ctx);
    switch (c.kind) {
      case "single-cell":
        return `${p} holds a wrong value ${num(first?.from ?? null)}; it should be ${deltaText(first?.from ?? null, first?.to ?? null)}${tail}.`;
      case "missing-column": {
        const col = colLabel(String(d.column));
        const rows = (d.rows as string[]).map((r) => `「${rowLabel(r)}」`).join(", ");
        const nv = typeof d.newValue === "number" ? ` Row 「一、本年新收政府信息公开申请数量」 has ${num(d.newValue)} in 「${col}」, which is exactly the gap (${(d.diffs as number[]).map(num).join(", ")}).` : "";
        return `Column 「${col}」 was dropped from the outcome rows (they have one number too few).${nv} Putting the gap into 「${col}」 of ${rows} and 0 into the other missing cells makes them add up${tail}.`;
      }
      case "short-row": {
        if (typeof d.fill === "number" && d.fill > 0)
          return `No number was read for ${c.changes.filter((x) => x.to !== 0).map((x) => placeShort(ctx.place(x.cell))).join("; ")} (the row has fewer numbers than columns); filling in the gap ${(d.diffs as number[]).map(num).join(", ")} makes it add up${tail}. Check this cell against the original table.`;
        const parts = (d.parts as number[]) ?? [];
        const head = parts.length && typeof d.total === "number" ? `The printed numbers ${sumText(parts)} already make the total ${num(d.total)}; ` : "";
        return `${head}with 0 in the absent cells the row and its columns add up, so zeros were most likely left out. The source does not print them: check before filling in.`;
      }
      case "ambiguous-reading":
        return `${p} was printed as 「${String(d.raw)}」 with digits run together; read as ${num(first?.to ?? null)} everything adds up${tail}.`;
      case "transposed-digits":
        return `${p} may have two digits swapped: ${num(first?.from ?? null)} for ${num(first?.to ?? null)}. They differ by ${num(Number(d.difference))} = 9 × ${num(Number(d.nines))}, the mark of a transposition${tail}.`;
      case "joined-digits": {
        const [a, b] = c.changes;
        return `${num(a?.from ?? null)} in ${placeShort(ctx.place(a?.cell ?? ""))} may be two numbers run together: ${num(a?.to ?? null)} and ${num(b?.to ?? null)} (the latter in ${placeShort(ctx.place(b?.cell ?? ""))})${tail}.`;
      }
      case "split-digits": {
        const [a, b] = c.changes;
        const into = (a?.to ?? 0) !== 0 ? a : b;
        return `${num(a?.from ?? null)} and ${num(b?.from ?? null)} in two neighbouring cells may be one number ${num(into?.to ?? null)} split in two${tail}.`;
      }
      case "neighbour": {
        const [a, b] = c.changes;
        return `${num(a?.from ?? null)} (${placeShort(ctx.place(a?.cell ?? ""))}) and ${num(b?.from ?? null)} (${placeShort(ctx.place(b?.cell ?? ""))}) may have been typed in the neighbouring ${d.axis === "row" ? "row" : "column"}; swapped back, they add up${tail}.`;
      }
      case "whole-row":
      case "whole-column": {
        const what = c.kind === "whole-row" ? `Row 「${rowLabel(String(d.line))}」` : `Column 「${colLabel(String(d.line))}」`;
        return `${what} has several numbers wrong together while still adding up in itself (a copied or outdated line): ${changesText(c, ctx)}${tail}.`;
      }
      case "last-year":
        return `${p} holds ${num(first?.from ?? null)}, the same as last year's report; this year's parts imply ${deltaText(first?.from ?? null, first?.to ?? null)}${tail}.`;
      case "unit-slip":
        return `The table says ${num(Number(d.value))} 万元; 1 亿元 = 10000 万元, so that is ${num(Number(d.value))} ÷ 10000 ≈ ${num(Number(d.yi))} 亿元, implausible for one year's fees of ${ctx.issuer ?? "one body"}. Read as 元, it is ${num(Number(d.value))} 元 ≈ ${num(Number(d.asYuanInWan))} 万元, a plausible size: 元 was very likely entered in the 万元 column.`;
      case "excess-decimals":
        return `The table says ${num(Number(d.value))} 万元 with more than four decimals. Four decimals of 万元 are already whole 元 (0.0001 万元 = 1 元), so the rest is a fraction of a 元, most likely left over from converting 元 to 万元 without rounding or copied from a spreadsheet: ${num(Number(d.value))} ≈ ${num(Number(d.rounded))}.`;
      case "narrative-overlap": {
        const labels = (d.labels as string[]).map((l) => `「${l}」`).join(" and ");
        const vals = (d.values as number[]).map(num);
        const rest = (d.rest as number[]).map(num);
        return `The listed parts add up to ${(d.partValues as number[]).map(num).join(" + ")} = ${num(Number(d.sum))}, ${num(Number(d.excess))} more than the total ${num(Number(d.total))}; and ${num(Number(d.excess))} = ${vals.join(" + ")}, exactly ${labels}. Without them, ${rest.join(" + ")} = ${num(Number(d.total))}. So ${labels} are probably counted inside the other categories, or outside the total.`;
      }
      case "narrative-missing-part":
        return `The listed parts add up to ${(d.partValues as number[]).map(num).join(" + ")} = ${num(Number(d.sum))}, ${num(Number(d.shortfall))} less than the total ${num(Number(d.total))}: a category may be missing, or one figure is wrong.`;
    }
  },
  fixForCause(c, ctx) {
    const ch = changesText(c, ctx);
    switch (c.kind) {
      case "missing-column":
        return [`Restore column 「${colLabel(String(c.data.column))}」 so that every row has seven numbers; from this table: ${ch}; 0 elsewhere.`];
      case "unit-slip":
        return ["Check the amount against the fee records and enter it in 万元; do not simply divide the printed figure by 10000."];
      case "excess-decimals":
        return [`Check the amount against the fee records and enter it in 万元 with four decimals (whole 元), e.g. ${num(Number(c.data.rounded))}.`];
      case "narrative-overlap":
        return [`Check the listed categories: if ${(c.data.labels as string[]).map((l) => `「${l}」`).join(", ")} are part of the others, say so ("另有…") instead of listing them as parts; if not, the total should read ${num(Number(c.data.sum))}.`];
      case "narrative-missing-part":
        return ["Check the total and the parts; add the missing category or correct the wrong figure."];
      case "short-row":
        return c.data.fill ? [`Check against the original table, then fill in: ${ch}.`] : ["Check, then enter 0 (or the actual figure) in the absent cells; every row must have a number in every column."];
      case "neighbour":
        return [`Check the two cells and put each number back in its own ${c.data.axis === "row" ? "row" : "column"}: ${ch}.`];
      default:
        return [`Check the source records; if confirmed: ${ch}.`];
    }
  },
  fixArithmetic(eq) {
    return eq.kind === "row-sum"
      ? ["Check the applicant columns and the 总计 of this row against the records."]
      : ["Check every figure of this identity against the records."];
  },
  whyFamily(f) {
    const m: Partial<Record<string, string>> = {
      "missing-column": "Every row of the standard table has seven numbers; with one missing, the rows do not add up and the column cannot be checked.",
      "missing-cell": "The cell gives no usable number; the format wants every cell filled, 0 where there is nothing.",
      "label-deviation": "The label differs from the national format's standard wording.",
      "narrative-mismatch": "Figures in the text must agree with the tables.",
      "narrative-sum": "When the text gives a total and lists its parts, the parts must add up to it.",
      "implausible-value": "The value is arithmetically possible but its size, unit or form is not believable.",
      "cross-year": "Consecutive reports must follow on, e.g. last year's 结转下年度 equals this year's 上年结转.",
      "citation-format": "A document number is written with paired brackets around the year and ends in 号.",
      "text-quality": "Repeated words, typos or traces of another body's template.",
      "format-version": "The report must use the current format.",
      "report-year": "The title, the statistics period and the text must name the same year, and the report is due early the next year (departments by 31 January, a government's own report by 31 March).",
    };
    return m[f.family] ?? "The report must follow the national format.";
  },
  fixFamily(f, places) {
    const where = places.slice(0, 3).map(placeShort).join("; ");
    const seen = typeof f.data.seen === "string" ? f.data.seen : null;
    const standard = typeof f.data.standard === "string" ? f.data.standard : typeof f.data.suggested === "string" ? f.data.suggested : null;
    if (seen && standard) return [`Change “${seen}” to “${standard}”.`];
    return [f.family === "missing-cell" && where ? `Fill in ${where}; enter 0 rather than a blank or “/”.` : "Check and correct this point against the records and the standard format."];
  },
  ui: {
    findings: "Findings",
    noFindings: "No findings.",
    where: "Where",
    rule: "Rule",
    numbers: "Arithmetic",
    cause: "Likely cause",
    fix: "What to do",
    confidence: "Confidence",
    assumptions: "Assumptions",
    missingCell: "—missing—",
    tableFindings: (n) => (n === 0 ? "No findings in this table" : `${n} finding(s) in this table`),
    finding: "Finding",
    alsoClears: (list) => `Would also clear: ${list}`,
    sourceLine: (line, section, page) => `source ${page ? `page ${page}, ` : ""}line ${line}${section ? ` (${section})` : ""}`,
    unknownFinding: (id, count) => `No finding "${id}"; this report has ${count} finding(s): use 1–${count} or a finding id.`,
  },
};
