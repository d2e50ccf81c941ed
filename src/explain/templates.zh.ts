// 中文说明措辞（默认）。每个数字都来自报告本身或当场列出的算式。
import { TABLE_LABELS } from "../model/cells.js";
import type { Equation } from "./diagnose/equations.js";
import type { Cause } from "./diagnose/types.js";
import { type CauseContext, type Templates, blockLabel, cnCount, colLabel, num, rowLabel } from "./templates.js";
import type { Numbers, Place } from "./types.js";

function placeShort(p: Place): string {
  if (p.table === TABLE_LABELS.review) return `「${p.row}」下「${p.column}」栏`;
  return `「${p.group ? `${p.group} ` : ""}${p.row}」行「${p.column}」列`;
}

/** Sum written out; long sums keep the non-zero terms and say the rest are 0. */
function sumText(values: (number | null)[]): string {
  const given = values.filter((v): v is number => v !== null);
  const sum = given.reduce((a, b) => a + b, 0);
  if (given.length === 0) return "0";
  if (given.length <= 7) return given.length === 1 ? num(sum) : `${given.map(num).join(" + ")} = ${num(sum)}`;
  const nz = given.filter((v) => v !== 0);
  if (nz.length === 0) return `各项均为 0`;
  return nz.length === 1 ? `${num(nz[0] as number)}（其余各项为 0）` : `${nz.map(num).join(" + ")} = ${num(sum)}（其余各项为 0）`;
}

function missingNote(n: Numbers): string {
  const miss = [...n.parts, ...n.stated].filter((p) => p.value === null).map((p) => placeShort(p.place));
  if (miss.length === 0) return "";
  if (miss.length > 3) return `（有若干格未给出，按 0 计）`;
  return `（${miss.join("、")}未给出，按 0 计）`;
}

const diffWord = (d: number) => (d > 0 ? `多 ${num(d)}` : `少 ${num(-d)}`);

function changesText(c: Cause, ctx: CauseContext): string {
  return c.changes
    .filter((ch) => !(ch.from === null && ch.to === 0))
    .map((ch) => `${placeShort(ctx.place(ch.cell))}${ch.from === null ? "补 " : `由 ${num(ch.from)} 改为 `}${num(ch.to)}`)
    .join("，");
}

function clearsText(c: Cause, ctx: CauseContext): string {
  const names = c.clears.map((k) => ctx.equation(k)).filter((e): e is Equation => !!e).map(equationName);
  if (names.length === 0) return "";
  return `在副本上重新核算后，${names.join("、")}都能对上，其他勾稽关系不受影响`;
}

/** "5 + 3 = 8": the proposed value as the printed one plus the difference the finding shows. */
function deltaText(from: number | null, to: number | null): string {
  if (from === null || to === null) return num(to);
  const d = Math.round((to - from) * 1e4) / 1e4;
  return d >= 0 ? `${num(from)} + ${num(d)} = ${num(to)}` : `${num(from)} − ${num(-d)} = ${num(to)}`;
}

/** Cells named compactly: one row → 「row」行的「a」「b」列; otherwise the first few places. */
function cellsText(places: Place[]): string {
  if (places.length === 0) return "";
  const first = places[0] as Place;
  if (places.every((p) => p.row === first.row && p.group === first.group && p.table === first.table) && places.length > 1)
    return `「${first.group ? `${first.group} ` : ""}${first.row}」行的${places.map((p) => `「${p.column}」`).join("")}列`;
  return places.length > 3 ? `${places.slice(0, 3).map(placeShort).join("、")}等格` : places.map(placeShort).join("、");
}

function equationName(eq: Equation): string {
  switch (eq.kind) {
    case "row-sum":
      return `「${rowLabel(eq.subject)}」行的合计`;
    case "column-sum":
      return `「${colLabel(eq.subject)}」列（一）至（六）之和`;
    case "balance":
      return `「${colLabel(eq.subject)}」列的办理平衡`;
    case "review-sum":
      return `「${blockLabel(eq.subject)}」的合计`;
  }
}

export const zh: Templates = {
  severity: { error: "错误", warning: "警告", info: "提示" },
  confidence: { high: "很可能", medium: "可能", low: "也有可能" },
  family: {
    "row-sum": "行合计不符",
    "column-sum": "列合计不符",
    balance: "办理数量不平衡",
    "review-sum": "复议诉讼合计不符",
    "missing-column": "缺少一列",
    "missing-cell": "单元格缺失",
    "missing-table": "缺少表格",
    "missing-section": "缺少章节",
    "label-deviation": "标签文字与标准格式不同",
    "narrative-mismatch": "正文与表格不一致",
    "narrative-sum": "正文分项与总数不符",
    "implausible-value": "数值不合常理",
    "cross-year": "与上年报告不衔接",
    "citation-format": "文号格式有误",
    "text-quality": "文字问题",
    "format-version": "使用了旧版格式",
    "report-year": "年度或发布时间不符",
  },
  place: (p) => `${p.table}${placeShort(p)}`,
  placeShort,
  places(ps) {
    const first = ps[0];
    if (!first) return "";
    if (ps.length === 1) return zh.place(first);
    const rowName = (p: Place) => `${p.group ? `${p.group} ` : ""}${p.row}`;
    if (ps.every((p) => p.table === first.table && rowName(p) === rowName(first)))
      return `${first.table}「${rowName(first)}」行的${ps.map((p) => `「${p.column}」`).join("")}列`;
    if (ps.every((p) => p.table === first.table && p.column === first.column))
      return `${first.table}「${first.column}」列的「${rowName(first)}」至「${rowName(ps[ps.length - 1] as Place)}」各行`;
    return `${ps.slice(0, 3).map(zh.place).join("；")}${ps.length > 3 ? "等" : ""}`;
  },
  equationName,
  rule(eq) {
    switch (eq.kind) {
      case "balance":
        return `按表中注明的勾稽关系，本列（「${colLabel(eq.subject)}」列）：第一项加第二项之和应等于第三项加第四项之和，即「一、本年新收政府信息公开申请数量」+「二、上年结转政府信息公开申请数量」=「（七）总计」+「四、结转下年度继续办理」。`;
      case "column-sum":
        return `本列（「${colLabel(eq.subject)}」列）：「三、本年度办理结果」下（一）至（六）各项之和应等于「（七）总计」。每件申请只计入一种办理结果，所以这是恒等关系。`;
      case "row-sum":
        return `本行（「${rowLabel(eq.subject)}」行）：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他各列之和应等于「总计」列。`;
      case "review-sum":
        return `「${blockLabel(eq.subject)}」：结果维持、结果纠正、其他结果、尚未审结四项之和应等于「总计」。`;
    }
  },
  whatArithmetic(eq, target, n) {
    const d = n.difference;
    switch (eq.kind) {
      case "row-sum":
        return `${zh.place(target)}为 ${num(n.statedSum)}，而本行各申请人列之和为 ${num(n.partsSum)}，总计${diffWord(d)}。`;
      case "column-sum":
        return `${zh.place(target)}为 ${num(n.statedSum)}，而本列（一）至（六）各项之和为 ${num(n.partsSum)}，总计${diffWord(d)}。`;
      case "balance":
        return `收到和处理政府信息公开申请情况表「${colLabel(eq.subject)}」列不平衡：本年新收加上年结转为 ${num(n.partsSum)}，（七）总计加结转下年度为 ${num(n.statedSum)}，后者${diffWord(d)}。`;
      case "review-sum":
        return `${zh.place(target)}为 ${num(n.statedSum)}，而四项结果之和为 ${num(n.partsSum)}，总计${diffWord(d)}。`;
    }
  },
  numbers(eq, n) {
    const left = sumText(n.parts.map((p) => p.value));
    const right = eq.kind === "balance" ? sumText(n.stated.map((p) => p.value)) : num(n.statedSum);
    const rightName = eq.kind === "balance" ? " " : "总计为 ";
    return `${left}${missingNote(n)}，而${rightName}${right}，相差 ${num(Math.abs(n.difference))}`;
  },
  cause(c, ctx) {
    const d = c.data;
    const first = c.changes[0];
    const p = first ? placeShort(ctx.place(first.cell)) : "";
    const verified = clearsText(c, ctx);
    const tail = verified ? `（${verified}）` : "";
    switch (c.kind) {
      case "single-cell":
        return `${p}的 ${num(first?.from ?? null)} 填错了，应为 ${deltaText(first?.from ?? null, first?.to ?? null)}：${c.clears.length >= 2 ? "出错的行与出错的列正好交于这一格，" : ""}改为 ${num(first?.to ?? null)} 后${verified ? verified.replace(/^在副本上重新核算后，/, "") : "本项能对上"}。`;
      case "missing-column": {
        const col = colLabel(String(d.column));
        const rows = (d.rows as string[]).map((r) => `「${rowLabel(r)}」`);
        const diffs = (d.diffs as number[]).map(num);
        const nv = typeof d.newValue === "number" ? d.newValue : null;
        const newPart =
          nv !== null
            ? `「一、本年新收政府信息公开申请数量」行的「${col}」为 ${num(nv)}，${diffs.every((x) => x === num(nv)) ? `正好等于这${rows.length > 1 ? "几" : ""}行的差额` : `与差额 ${diffs.join("、")} 相关`}；`
            : "";
        return `「${col}」列在办理结果等行中缺失（这些行少了一个数）。${newPart}把差额补进${rows.join("、")}的「${col}」列、其余缺失的格补 0 后，${verified ? verified.replace(/^在副本上重新核算后，/, "重新核算，") : "这些行都能对上"}。`;
      }
      case "short-row": {
        if (typeof d.fill === "number" && d.fill > 0)
          return `${c.changes.filter((x) => x.to !== 0).map((x) => `${placeShort(ctx.place(x.cell))}没有读到数字`).join("，")}（该行印出的数字少于列数）；按差额补上 ${(d.diffs as number[]).map(num).join("、")} 后，${verified ? verified.replace(/^在副本上重新核算后，/, "") : "本行能对上"}。请对照原表核实这一格。`;
        const parts = (d.parts as number[]) ?? [];
        const head = parts.length && typeof d.total === "number" ? `本行印出的各数 ${sumText(parts)} 已等于总计 ${num(d.total)}；` : "";
        return `${head}缺的格填 0 后，本行和所在各列都能对上，很可能是 0 没有印出。原文没有这些数，请核实后补填。`;
      }
      case "ambiguous-reading":
        return `${p}印成「${String(d.raw)}」，数字粘连；读作 ${num(first?.to ?? null)} 时各项都能对上${tail}。`;
      case "transposed-digits":
        return `${p}的 ${num(first?.from ?? null)} 可能是 ${num(first?.to ?? null)} 的两位数字写颠倒了：两者相差 ${num(Number(d.difference))} = 9 × ${num(Number(d.nines))}，能被 9 整除，这是数字颠倒的特征${tail}。`;
      case "joined-digits": {
        const [a, b] = c.changes;
        return `${placeShort(ctx.place(a?.cell ?? ""))}的 ${num(a?.from ?? null)} 可能是两个数连在了一起：拆成 ${num(a?.to ?? null)} 和 ${num(b?.to ?? null)}（后者属于${placeShort(ctx.place(b?.cell ?? ""))}）${tail}。`;
      }
      case "split-digits": {
        const [a, b] = c.changes;
        const into = (a?.to ?? 0) !== 0 ? a : b;
        return `${placeShort(ctx.place(a?.cell ?? ""))}的 ${num(a?.from ?? null)} 和${placeShort(ctx.place(b?.cell ?? ""))}的 ${num(b?.from ?? null)} 可能本是一个数 ${num(into?.to ?? null)}，被拆到了两格${tail}。`;
      }
      case "neighbour": {
        const [a, b] = c.changes;
        return `${placeShort(ctx.place(a?.cell ?? ""))}的 ${num(a?.from ?? null)} 与${placeShort(ctx.place(b?.cell ?? ""))}的 ${num(b?.from ?? null)} 可能填到了相邻的${d.axis === "row" ? "行" : "列"}，两者互换后${verified ? verified.replace(/^在副本上重新核算后，/, "") : "各项都能对上"}。`;
      }
      case "whole-row":
      case "whole-column": {
        const what = c.kind === "whole-row" ? `「${rowLabel(String(d.line))}」行` : `「${colLabel(String(d.line))}」列`;
        return `${what}有几个数一起错了，而${c.kind === "whole-row" ? "本行" : "本列"}自身仍能对上（常见于整${c.kind === "whole-row" ? "行" : "列"}抄错或沿用了别处的数）：${changesText(c, ctx)}，${verified ? verified.replace(/^在副本上重新核算后，/, "") : "各项都能对上"}。`;
      }
      case "last-year":
        return `${p}的 ${num(first?.from ?? null)} 与上年报告同一格相同，可能照抄了上年的数；按本年各项推算应为 ${deltaText(first?.from ?? null, first?.to ?? null)}${tail}。`;
      case "unit-slip": {
        const issuer = ctx.issuer ? `${ctx.issuer}` : "一个机关";
        return `表中为 ${num(Number(d.value))} 万元。1 亿元 = 10000 万元，${num(Number(d.value))} ÷ 10000 ≈ ${num(Number(d.yi))}，即约 ${num(Number(d.yi))} 亿元，作为${issuer}一年的行政事业性收费大得不合常理。若这串数字其实是以“元”填写的，则为 ${num(Number(d.value))} 元 ≈ ${num(Number(d.asYuanInWan))} 万元，数量级合理：很可能把“元”当成了“万元”填入。`;
      }
      case "excess-decimals":
        return `表中为 ${num(Number(d.value))} 万元，小数点后有${cnCount(Number(d.decimals))}位。以万元计，四位小数已精确到元（0.0001 万元 = 1 元），多出的位数是不足一元的零头，多半是由“元”换算为“万元”时没有取整，或从表格软件中带出了多余的小数：${num(Number(d.value))} ≈ ${num(Number(d.rounded))}。`;
      case "narrative-overlap": {
        const labels = (d.labels as string[]).map((l) => `「${l}」`).join("和");
        const vals = (d.values as number[]).map(num);
        const parts = (d.partValues as number[]).map(num).join(" + ");
        const rest = (d.rest as number[]).map(num);
        const total = num(Number(d.total));
        const eqText = vals.length > 1 ? `${num(Number(d.excess))} = ${vals.join(" + ")}，正好是${labels}之和` : `${num(Number(d.excess))} 正好是${labels}的数`;
        return `所列各项之和为 ${parts} = ${num(Number(d.sum))}，比总数 ${total} 多 ${num(Number(d.excess))}；而 ${eqText}。去掉后 ${rest.join(" + ")} = ${total}，与总数相符。${labels}很可能已含在其他类别中，或不在总数之内（“其中”所列不是互不重叠的分项）。`;
      }
      case "narrative-missing-part": {
        const parts = (d.partValues as number[]).map(num).join(" + ");
        return `所列各项之和为 ${parts} = ${num(Number(d.sum))}，比总数 ${num(Number(d.total))} 少 ${num(Number(d.shortfall))}：可能漏列了一类，或某一项数字有误。`;
      }
    }
  },
  fixForCause(c, ctx) {
    const ch = changesText(c, ctx);
    switch (c.kind) {
      case "missing-column": {
        const col = colLabel(String(c.data.column));
        return [
          `按标准格式补全「${col}」列：每一行都应有自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计七个数。`,
          `按台账填入各行「${col}」列的数；据本表推算：${ch}，其余行为 0。`,
        ];
      }
      case "unit-slip":
        return ["按原始收费台账核实金额，确认单位后以“万元”填写；不要只把表中数字简单地除以 10000。"];
      case "excess-decimals":
        return [`按收费台账核实金额，以“万元”填写并保留四位小数（精确到元），如 ${num(Number(c.data.rounded))}。`];
      case "narrative-overlap": {
        const labels = (c.data.labels as string[]).map((l) => `「${l}」`).join("、");
        return [
          `核对“其中”所列各类：若${labels}已含在其他类别内，改写为“另有……”或从“其中”的分项中拿出；若不在总数之内，把总数改为 ${num(Number(c.data.sum))}。`,
        ];
      }
      case "narrative-missing-part":
        return ["核对总数和各分项，补列漏掉的类别或改正有误的数字。"];
      case "last-year":
        return [`按本年台账重新统计，不要沿用上年的数；若核实无误，${ch}。`];
      case "short-row":
        return c.data.fill ? [`对照原表核实后补填：${ch}。`] : ["核实后在缺的格中填 0（或台账中的实际数），每一行都应印满各列。"];
      case "neighbour":
        return [`核对这两格，把数字放回各自的${c.data.axis === "row" ? "行" : "列"}：${ch}。`];
      case "joined-digits":
      case "split-digits":
        return [`核对原表这两格的数字是否被拆开或连在一起：${ch}。`];
      default:
        return [`核对原始台账；若核实如此，${ch}。`];
    }
  },
  fixArithmetic(eq) {
    switch (eq.kind) {
      case "row-sum":
        return ["核对本行各申请人列和「总计」列的数字，以台账为准改正，使各列之和等于总计。"];
      case "column-sum":
        return ["逐项核对本列（一）至（六）各项办理结果和「（七）总计」，确保每件申请只计入一种结果。"];
      case "balance":
        return ["核对本列的本年新收、上年结转、（七）总计和结转下年度四个数，找出哪一个与台账不符。"];
      case "review-sum":
        return ["核对四项结果和总计，以案件台账为准改正。"];
    }
  },
  whyFamily(f) {
    switch (f.family) {
      case "missing-column":
        return "标准格式每一行都有七个数；少了一列，各行合计与「总计」对不上，该列也无法核对。";
      case "missing-cell":
        return "该格没有给出可用的数字；标准格式要求每一格都填数，没有的填 0。";
      case "missing-table":
        return "年报格式要求列出主动公开、依申请公开、行政复议和行政诉讼三张统计表。";
      case "missing-section":
        return "政府信息公开条例规定年报应包括的内容，按统一格式分章节列出。";
      case "label-deviation":
        return "标签文字与全国统一的年报格式的标准文字不一致，读者和汇总系统可能对不上号。";
      case "narrative-mismatch":
        return "正文中的数字应与统计表一致；两处不同，读者无从判断哪个是对的。";
      case "narrative-sum":
        return "正文先给出总数、再用“其中”列出分项时，分项之和应等于总数。";
      case "implausible-value":
        return "这个数在算术上可能，但数量级、单位或形式不合常理。";
      case "cross-year":
        return "相邻两年的报告应当衔接，例如上年的「结转下年度继续办理」应等于本年的「上年结转」。";
      case "citation-format":
        return "文号应写作机关代字加〔年份〕加序号再加“号”，括号要成对。";
      case "text-quality":
        return "文字中有重复、错字或套用其他单位模板的痕迹，会影响报告的严肃性。";
      case "format-version":
        return "本年度报告应使用现行的年报格式，而不是试行格式。";
      case "report-year":
        return "标题、统计期限和正文所说的年度应当一致；年报应在次年按条例第四十九条的期限公布（部门 1 月 31 日前，本级人民政府 3 月 31 日前）。";
      default:
        return "统计表的数字应满足格式规定的勾稽关系。";
    }
  },
  fixFamily(f, places) {
    const where = cellsText(places);
    const seen = typeof f.data.seen === "string" ? f.data.seen : null;
    const standard = typeof f.data.standard === "string" ? f.data.standard : typeof f.data.suggested === "string" ? f.data.suggested : null;
    if (seen && standard) return [`把“${seen}”改为“${standard}”。`];
    switch (f.family) {
      case "missing-column":
        return ["按标准格式补全缺少的列，每一行都填满七个数（没有的填 0）。"];
      case "missing-cell":
        return [`补填${where || "该格"}的数字；没有的填 0，不要留空或填“/”。`];
      case "missing-table":
      case "missing-section":
        return ["按统一格式补上缺少的部分。"];
      case "label-deviation":
        return [`把${where || "该标签"}的文字改为标准格式的写法。`];
      case "narrative-mismatch":
        return ["以台账为准，把正文和统计表改成一致。"];
      case "narrative-sum":
        return ["核对总数和各分项，使分项之和等于总数，或说明分项之间有交叉。"];
      case "implausible-value":
        return [`核对${where || "该数"}的原始记录和计量单位。`];
      case "cross-year":
        return ["核对两年的报告；若因机构改革、统计口径调整或更正上年数字，在正文中说明。"];
      case "citation-format":
        return ["补全文号的括号和“号”字。"];
      case "text-quality":
        return seen ? [`逐字校对“${seen}”一处并改正。`] : ["逐字校对该处文字。"];
      case "format-version":
        return ["改用现行格式的表格和栏目。"];
      case "report-year":
        return ["核对标题、统计期限和正文中的年份；若套用了上年的模板，逐处改为本年度。发布时间有误的，核对网站发布记录。"];
      default:
        return ["核对相关数字。"];
    }
  },
  ui: {
    findings: "发现的问题",
    noFindings: "未发现问题。",
    where: "位置",
    rule: "规则",
    numbers: "计算",
    cause: "可能的原因",
    fix: "建议",
    confidence: "把握",
    assumptions: "前提",
    missingCell: "—缺—",
    tableFindings: (n) => (n === 0 ? "本表未发现问题" : `本表发现 ${n} 处问题`),
    finding: "问题",
    alsoClears: (list) => `同时可消除：${list}`,
    sourceLine: (line, section, page) => `原文${page ? `第 ${page} 页、` : ""}第 ${line} 行${section ? `（${section}）` : ""}`,
    unknownFinding: (id, count) => `没有编号为「${id}」的问题；本报告共 ${count} 个问题，可用序号 1–${count} 或问题编号。`,
  },
};
