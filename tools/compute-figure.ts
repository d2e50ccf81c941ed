import { z } from "zod";
import { describeCell, isKnownCellId } from "../src/model/cells.js";
import { defineTool, READ_ONLY, type ToolResult } from "./define.js";
import { fail, lookup, ok, type ToolDeps } from "./deps.js";
import { cellUnit, formatNumber, formatValue } from "./slots.js";
import type { FigureInput, FigureOp, FigureUnit, StoredReport } from "./store.js";

export const ComputeFigureInput = z.object({
  reportId: z.string().describe("parse_report 返回的年报编号 / the reportId from parse_report"),
  op: z
    .enum(["sum", "difference", "share", "ratio", "yoy_change", "yoy_change_pct", "pp_change"])
    .describe(
      "sum 求和 Σa；difference 差 Σa−Σb；share 占比 Σa/Σb（%）；ratio 倍数 Σa/Σb；yoy_change 同比增减 Σa−上年Σa；yoy_change_pct 同比增长率（%）；pp_change 占比变化（个百分点）(Σa/Σb 今年 − 上年) / the operation",
    ),
  a: z.array(z.string()).min(1).max(40).describe("参与计算的单元格编号（第一组）/ cell ids of the first group"),
  b: z.array(z.string()).max(40).describe("第二组单元格编号（difference、share、ratio、pp_change 需要；其余传 []）/ second group, [] when unused"),
  label: z.string().nullable().describe("这个数的中文名称，如“不予公开合计” / a Chinese name for the figure"),
});

export const ComputeFigureOutput = z.object({
  figureId: z.string().describe("计算结果编号 / figure id"),
  slot: z.string().describe("在文字中引用该结果时写的槽位，如 {{fig:F1a2b3c}} / the slot to write"),
  value: z.number().nullable().describe("结果；null 表示输入缺失无法计算 / the result, null when an input is missing"),
  formatted: z.string().describe("带单位的结果 / the result with its unit"),
  unit: z.string().describe("单位：件、万元、%、个百分点、倍"),
  formula: z.string().describe("计算式（含各项数值）/ the formula with every input"),
  inputs: z
    .array(z.object({ ref: z.string(), label: z.string(), value: z.number().nullable(), role: z.enum(["a", "b"]) }))
    .describe("每一项输入及其来源 / every input and where it comes from"),
  assumptions: z.array(z.string()).describe("计算时的假定 / assumptions"),
});

const NEEDS_B: ReadonlySet<FigureOp> = new Set(["difference", "share", "ratio", "pp_change"]);
const NEEDS_PREV: ReadonlySet<FigureOp> = new Set(["yoy_change", "yoy_change_pct", "pp_change"]);

interface Read {
  inputs: FigureInput[];
  sum: number | null;
  assumptions: string[];
}

function readGroup(entry: StoredReport, ids: string[], role: "a" | "b", prefix: string): Read {
  const inputs: FigureInput[] = [];
  const assumptions: string[] = [];
  let sum: number | null = 0;
  for (const id of ids) {
    const cell = entry.report.cells[id];
    let value = cell?.value ?? null;
    if (value === null && (cell?.state === "blank" || cell?.state === "slash")) {
      value = 0;
      assumptions.push(`${describeCell(id)}为空白或“/”，按 0 计`);
    }
    inputs.push({ ref: `${prefix}${id}`, label: `${prefix ? "上年" : ""}${describeCell(id)}`, value, role });
    sum = sum === null || value === null ? null : sum + value;
  }
  return { inputs, sum, assumptions };
}

export default defineTool({
  name: "compute_figure",
  title: "计算派生数 / Compute a derived figure",
  description: {
    zh: "根据单元格计算合计、差额、占比、倍数、同比增减、同比增长率、占比变化（个百分点），记录每项输入，返回可在文字中引用的槽位 {{fig:…}}。凡是表格里没有直接给出的数（如“不予公开”各项合计、行政诉讼合计、占比、同比），都必须用它算，不能自己算。同比类运算需要在 parse_report 时提供上一年度年报。",
    en: "Computes a sum, difference, share, ratio, year-on-year change or growth rate, or a change in percentage points from cells, records every input, and returns a slot {{fig:…}} to write in text. Any number not printed in the tables must come from here. Year-on-year operations need the previous report (previousReportId in parse_report).",
  },
  input: ComputeFigureInput,
  output: ComputeFigureOutput,
  annotations: READ_ONLY,
  async run(input, deps: ToolDeps) {
    const got = lookup(deps, input.reportId);
    if ("error" in got) return got.error;
    return computeFigure(deps, got.entry, input);
  },
});

export type ComputeFigureArgs = Omit<z.infer<typeof ComputeFigureInput>, "reportId">;

/** The computation behind compute_figure, for other tools that derive figures (drafting data). */
export function computeFigure(deps: ToolDeps, entry: StoredReport, input: ComputeFigureArgs): ToolResult<z.infer<typeof ComputeFigureOutput>> {
  {
    const clean = (xs: string[]) => xs.map((x) => x.trim().replace(/^\{\{|\}\}$/g, ""));
    const a = clean(input.a);
    const b = clean(input.b);
    const bad = [...a, ...b].filter((id) => !isKnownCellId(id));
    if (bad.length) return fail("unknown-cells", `无法识别的单元格编号：${bad.join("、")}`, "用 get_cells 查看编号，例如 applications.denied.state_secret.total。");
    if (NEEDS_B.has(input.op) && !b.length) return fail("bad-arguments", `${input.op} 需要第二组单元格 b。`, "例如占比：a 为部分，b 为总数。");
    if (!NEEDS_B.has(input.op) && b.length) return fail("bad-arguments", `${input.op} 不使用 b，请传 []。`);
    const prev = entry.previousId ? deps.store.get(entry.previousId) : undefined;
    if (NEEDS_PREV.has(input.op) && !prev)
      return fail("no-previous-report", "同比计算需要上一年度年报。", "先用 parse_report 解析上一年度年报，再解析本年度年报并传 previousReportId。");
    const units = new Set(a.map(cellUnit));
    if (input.op === "sum" || input.op === "difference" || input.op === "yoy_change") for (const id of b) units.add(cellUnit(id));
    if (units.size > 1) return fail("mixed-units", `所选单元格单位不同（${[...units].join("、")}），不能相加减。`);
    const baseUnit: FigureUnit = [...units][0] ?? "件";

    const A = readGroup(entry, a, "a", "");
    const B = readGroup(entry, b, "b", "");
    const PA = prev ? readGroup(prev, a, "a", "prev:") : null;
    const PB = prev ? readGroup(prev, b, "b", "prev:") : null;
    const dec = Math.max(0, ...[...A.inputs, ...B.inputs].map((i) => (i.value !== null && !Number.isInteger(i.value) ? 2 : 0)));
    const div = (x: number | null, y: number | null) => (x === null || y === null || y === 0 ? null : x / y);
    const terms = (r: Read) => r.inputs.map((i) => `${i.label}（${i.value === null ? "缺" : formatNumber(i.value, 2)}）`).join(" + ");

    let value: number | null;
    let unit: FigureUnit = baseUnit;
    let decimals = dec;
    let formula: string;
    const inputs: FigureInput[] = [...A.inputs, ...B.inputs];
    const assumptions = [...A.assumptions, ...B.assumptions];
    switch (input.op) {
      case "sum":
        value = A.sum;
        formula = terms(A);
        break;
      case "difference":
        value = A.sum === null || B.sum === null ? null : A.sum - B.sum;
        formula = `(${terms(A)}) − (${terms(B)})`;
        break;
      case "share":
        value = div(A.sum, B.sum);
        value = value === null ? null : value * 100;
        unit = "%";
        decimals = 1;
        formula = `(${terms(A)}) ÷ (${terms(B)}) × 100%`;
        break;
      case "ratio":
        value = div(A.sum, B.sum);
        unit = "倍";
        decimals = 2;
        formula = `(${terms(A)}) ÷ (${terms(B)})`;
        break;
      case "yoy_change":
        value = A.sum === null || PA?.sum == null ? null : A.sum - PA.sum;
        inputs.push(...(PA?.inputs ?? []));
        formula = `(${terms(A)}) − (${PA ? terms(PA) : ""})`;
        break;
      case "yoy_change_pct": {
        const d = A.sum === null || PA?.sum == null ? null : A.sum - PA.sum;
        value = div(d, PA?.sum ?? null);
        value = value === null ? null : value * 100;
        unit = "%";
        decimals = 1;
        inputs.push(...(PA?.inputs ?? []));
        formula = `[(${terms(A)}) − (${PA ? terms(PA) : ""})] ÷ (${PA ? terms(PA) : ""}) × 100%`;
        break;
      }
      case "pp_change": {
        const now = div(A.sum, B.sum);
        const before = div(PA?.sum ?? null, PB?.sum ?? null);
        value = now === null || before === null ? null : (now - before) * 100;
        unit = "个百分点";
        decimals = 1;
        inputs.push(...(PA?.inputs ?? []), ...(PB?.inputs ?? []));
        formula = `(${terms(A)}) ÷ (${terms(B)}) − 上年同口径占比`;
        break;
      }
    }
    if (PA) assumptions.push(...PA.assumptions);
    const label = input.label?.trim() || `${input.op}：${a.map(describeCell).join("、")}`.slice(0, 120);
    const fig = deps.store.addFigure(entry.id, { op: input.op, label, value, unit, decimals, formula, inputs });
    if (value === null) assumptions.push("有输入缺失或除数为 0，无法计算");
    return ok({
      figureId: fig.id,
      slot: `{{fig:${fig.id}}}`,
      value,
      formatted: formatValue(value, unit, decimals),
      unit,
      formula,
      inputs: fig.inputs,
      assumptions,
    });
  }
}
