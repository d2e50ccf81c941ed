// THE one place for finding wording. Keys are "<ruleId>.<messageId>"; {{placeholders}} are filled from
// the finding's data (numbers already formatted by the rule). Chinese by default, English by flag.
// Labels of the format stay in Chinese in both languages: they are what the reader sees in the report.
import { describeCell } from "../model/cells.js";

export type Lang = "zh" | "en";
export interface Template {
  zh: string;
  en: string;
}

export const MESSAGES: Record<string, Template> = {
  "A2.issued-exceeds": {
    zh: "主动公开政府信息情况表「{{item}}」行：本年制发件数 {{issued}} 大于现行有效件数 {{inForce}} 与本年废止件数 {{repealed}} 之和（多 {{diff}}），请核实",
    en: "Table 主动公开, row「{{item}}」: issued this year {{issued}} exceeds in force {{inForce}} plus repealed {{repealed}} (by {{diff}}); please verify",
  },
  "A3.regulations-low-level": {
    zh: "主动公开政府信息情况表「规章」行（本年制发/本年废止/现行有效）为 {{values}}：{{level}}机关（{{issuer}}）无规章制定权，规章各栏通常应为 0",
    en: "Table 主动公开, row「规章」(issued/repealed/in force) reads {{values}}, but a {{levelEn}} issuer ({{issuer}}) cannot make 规章; these cells should normally be 0",
  },
  "A4.decisions-large": {
    zh: "{{cells}}：对{{issuer}}而言数量很大（常见不超过 {{ceiling}}），请核实统计口径（如是否计入交通违法处罚或其他机关的决定）",
    en: "{{cells}}: very large for {{issuer}} (usually at most {{ceiling}}); check what was counted (e.g. traffic tickets or other bodies' decisions)",
  },
  "A5.fee-too-large": {
    zh: "{{cell}}为 {{value}} 万元（约 {{yi}} 亿元），对{{issuer}}而言明显过大，疑按“元”填报（按元计约 {{asYuanWan}} 万元），请核对原始数据",
    en: "{{cell}} is {{value}} 万元 (about {{yi}} 亿元), far too large for {{issuer}}; it was probably entered in 元 (≈ {{asYuanWan}} 万元). Check the source figure",
  },
  "A5.fee-precision": {
    zh: "{{cell}}为 {{value}}，有 {{places}} 位小数（以万元计 4 位小数即精确到元），请核对单位",
    en: "{{cell}} is {{value}} with {{places}} decimals (4 decimals in 万元 is already 元 precision); check the unit",
  },
  "B1.unbalanced": {
    zh: "{{table}}「{{column}}」列不平衡：本年新收 + 上年结转 = {{expected}}，而「（七）总计」+「四、结转下年度继续办理」= {{actual}}（{{lhsFormula}}），相差 {{diff}}",
    en: "{{table}}, column「{{column}}」does not balance: new + carried over = {{expected}}, but「（七）总计」+「四、结转下年度继续办理」= {{actual}} ({{lhsFormula}}), difference {{diff}}",
  },
  "B2.column-sum": {
    zh: "{{table}}「{{column}}」列：（一）至（六）各办理结果之和为 {{expected}}，但「{{row}}」行为 {{actual}}，相差 {{diff}}",
    en: "{{table}}, column「{{column}}」: the outcome rows （一）–（六） add up to {{expected}}, but row「{{row}}」says {{actual}} (difference {{diff}})",
  },
  "B3.row-sum": {
    zh: "{{table}}「{{row}}」行：各申请人列之和为 {{expected}}（{{formula}}），但「{{column}}」列为 {{actual}}，相差 {{diff}}",
    en: "{{table}}, row「{{row}}」: the applicant columns add up to {{expected}} ({{formula}}), but column「{{column}}」says {{actual}} (difference {{diff}})",
  },
  "B5.negative": {
    zh: "{{cell}}为 {{value}}，不能为负数",
    en: "{{cell}} is {{value}}; it cannot be negative",
  },
  "B5.fractional": {
    zh: "{{cell}}为 {{value}}，件数应为整数",
    en: "{{cell}} is {{value}}; a count must be a whole number",
  },
  "B5-blank.blank": {
    zh: "{{table}}「{{row}}」行「{{columns}}」列为空白或“/”（{{count}} 格），应填写数字（无则填 0）；核算时按 0 计",
    en: "{{table}}, row「{{row}}」: column(s)「{{columns}}」are blank or “/” ({{count}} cells); fill in a number (0 if none). Counted as 0 in the checks",
  },
  "C1.review-sum": {
    zh: "{{table}}「{{row}}」：结果维持、结果纠正、其他结果、尚未审结之和为 {{expected}}（{{formula}}），但「{{column}}」为 {{actual}}，相差 {{diff}}",
    en: "{{table}}「{{row}}」: upheld + corrected + other + pending = {{expected}} ({{formula}}), but「{{column}}」says {{actual}} (difference {{diff}})",
  },
  "C2.review-sum": {
    zh: "{{table}}「{{row}}」：结果维持、结果纠正、其他结果、尚未审结之和为 {{expected}}（{{formula}}），但「{{column}}」为 {{actual}}，相差 {{diff}}",
    en: "{{table}}「{{row}}」: upheld + corrected + other + pending = {{expected}} ({{formula}}), but「{{column}}」says {{actual}} (difference {{diff}})",
  },
  "C3.review-sum": {
    zh: "{{table}}「{{row}}」：结果维持、结果纠正、其他结果、尚未审结之和为 {{expected}}（{{formula}}），但「{{column}}」为 {{actual}}，相差 {{diff}}",
    en: "{{table}}「{{row}}」: upheld + corrected + other + pending = {{expected}} ({{formula}}), but「{{column}}」says {{actual}} (difference {{diff}})",
  },
  "F1.missing-section": {
    zh: "缺少“{{heading}}”部分",
    en: "The part “{{heading}}” is missing",
  },
  "F1.no-sections": {
    zh: "未识别出年报的六个部分标题（{{count}} 个部分均未找到）",
    en: "None of the {{count}} required part headings was found",
  },
  "F2.missing-table": {
    zh: "缺少{{table}}{{detail}}",
    en: "The table {{table}} is missing {{detail}}",
  },
  "F2.unreadable-table": {
    zh: "{{table}}无法完整读取：{{detail}}",
    en: "The table {{table}} could not be read completely: {{detail}}",
  },
  "F2-column.missing-column": {
    zh: "{{table}}缺少「{{column}}」列：共 {{count}} 个单元格未给出数值，相关各行的数字无法与列对应",
    en: "{{table}} lacks the column「{{column}}」: {{count}} cells are not given, so those rows cannot be aligned with the columns",
  },
  "F2-cell.short-row": {
    zh: "{{table}}「{{row}}」行数字少于列数，「{{columns}}」列未给出（{{count}} 格），不按 0 推定",
    en: "{{table}}, row「{{row}}」has fewer numbers than columns; column(s)「{{columns}}」are not given ({{count}} cells) and are not assumed to be 0",
  },
  "F2-cell.missing-cells": {
    zh: "{{table}}「{{row}}」行「{{columns}}」列未给出数值（{{count}} 格）",
    en: "{{table}}, row「{{row}}」: column(s)「{{columns}}」are not given ({{count}} cells)",
  },
  "F2-cell.missing-rows": {
    zh: "{{table}}{{group}}缺少「{{rows}}」{{count}} 行（{{cells}} 格未给出数值）",
    en: "{{table}} {{group}}: the row(s)「{{rows}}」are missing ({{count}} rows, {{cells}} cells not given)",
  },
  "F2-cell.ambiguous": {
    zh: "{{table}}「{{row}}」行「{{columns}}」列无法确定取值（{{count}} 格）{{reason}}",
    en: "{{table}}, row「{{row}}」: the value of column(s)「{{columns}}」cannot be determined ({{count}} cells){{reason}}",
  },
  "F3.label-deviation": {
    zh: "{{where}}{{kind}}“{{seen}}”与标准文字“{{standard}}”不一致",
    en: "{{where}}the {{kindEn}} “{{seen}}” differs from the standard text “{{standard}}”",
  },
  "F4.outdated-format": {
    zh: "{{year}} 年度报告使用了 2019 年试行格式的表格，应使用国办公开办函〔2021〕30号规定的格式",
    en: "The {{year}} report uses the 2019 trial-format tables; reports from 2021 on must use the format of 国办公开办函〔2021〕30号",
  },
  "C5.after-review-exceeds": {
    zh: "{{cell}}为 {{after}} 件，多于本年（{{now}} 件）与上年（{{before}} 件）行政复议之和 {{limit}} 件；复议后起诉一般源于这两年以本机关为被申请人的复议，请核对（本机关作为复议机关被列为共同被告的，宜在正文说明）",
    en: "{{cell}} is {{after}}, more than this year's ({{now}}) and last year's ({{before}}) reconsiderations together ({{limit}}); such lawsuits usually follow reconsiderations of this body's decisions in those two years — please check (if this body was sued as the reconsideration authority, say so in the text)",
  },
  "F5.period-year": {
    zh: "标题为 {{titleYear}} 年度报告，但统计期限写的是 {{periodYear}} 年（“{{quote}}”），可能套用了往年模板",
    en: "The title says {{titleYear}}, but the statistics period is {{periodYear}} (“{{quote}}”): probably a template from another year",
  },
  "F5.period-span": {
    zh: "统计期限跨了年度（{{from}} 年至 {{to}} 年，“{{quote}}”），应为同一年的 1 月 1 日至 12 月 31 日",
    en: "The statistics period spans years ({{from}} to {{to}}, “{{quote}}”); it should run from 1 January to 31 December of one year",
  },
  "F5.narrative-year": {
    zh: "标题为 {{titleYear}} 年度报告，但总体情况开头写的是“{{quote}}”（{{narrativeYear}} 年），可能套用了往年模板",
    en: "The title says {{titleYear}}, but the overview opens with “{{quote}}” ({{narrativeYear}}): probably a template from another year",
  },
  "F5.published-early": {
    zh: "{{year}} 年度报告的发布时间为 {{publishedAt}}，早于该年度结束；年度或发布时间有误",
    en: "The {{year}} report is dated {{publishedAt}}, before that year ended: the year or the date is wrong",
  },
  "F5.published-late": {
    zh: "{{year}} 年度报告的发布时间为 {{publishedAt}}，晚于条例第四十九条规定的最迟期限 {{next}} 年 3 月 31 日",
    en: "The {{year}} report is dated {{publishedAt}}, after the latest statutory date, 31 March {{next}} (条例 art. 49)",
  },
  "F5.published-after-january": {
    zh: "{{year}} 年度报告的发布时间为 {{publishedAt}}；部门年报应在 {{next}} 年 1 月 31 日前公布（条例第四十九条）",
    en: "The {{year}} report is dated {{publishedAt}}; a department's report is due by 31 January {{next}} (条例 art. 49)",
  },
  "F7.missing-close": {
    zh: "文号“{{seen}}”缺少右括号“〕”，应为“{{suggested}}”",
    en: "Document number “{{seen}}” lacks the closing bracket 〕; it should read “{{suggested}}”",
  },
  "F7.missing-open": {
    zh: "文号“{{seen}}”缺少左括号“〔”，应为“{{suggested}}”",
    en: "Document number “{{seen}}” lacks the opening bracket 〔; it should read “{{suggested}}”",
  },
  "F7.wrong-bracket": {
    zh: "文号“{{seen}}”的年份应使用六角括号，写作“{{suggested}}”",
    en: "Document number “{{seen}}” should put the year in hexagonal brackets: “{{suggested}}”",
  },
  "F8.no-fee-statement": {
    zh: "“{{heading}}”未说明本年度信息处理费收取情况（未收取也应写明）",
    en: "“{{heading}}” does not state what information-processing fees were charged this year (say so even when none)",
  },
  "N-MATCH.mismatch": {
    zh: "正文称{{what}} {{claimed}} 件（“{{quote}}”），但{{cell}}为 {{table}}",
    en: "The text gives {{what}} as {{claimed}} (“{{quote}}”), but {{cell}} is {{table}}",
  },
  "N-MATCH.mismatch-carried": {
    zh: "正文称{{what}} {{claimed}} 件（“{{quote}}”），但{{cell}}为 {{table}}；差额等于上年结转数（{{carried}} 件），正文可能把上年结转计入了新收",
    en: "The text gives {{what}} as {{claimed}} (“{{quote}}”), but {{cell}} is {{table}}; the gap equals last year's carry-over ({{carried}}), so the text probably counts it as received",
  },
  "N-MATCH.mismatch-zero": {
    zh: "正文称“{{quote}}”（即{{what}}为 0），但{{cell}}为 {{table}}",
    en: "The text says “{{quote}}” ({{what}} = 0), but {{cell}} is {{table}}",
  },
  "N-PCT.rate-with-carry-forward": {
    zh: "正文称“{{quote}}”，但{{cell}}为 {{carried}}：请核实结转的申请是否均未到答复期限",
    en: "The text says “{{quote}}”, but {{cell}} is {{carried}}: check that the carried-forward requests were not yet due",
  },
  "N-FEE.fee-notices": {
    zh: "{{cell}}为 {{count}}，说明发出过收费通知，但“六、其他需要报告的事项”未提及收费通知或缴费情况",
    en: "{{cell}} is {{count}}, so fee notices were sent, but part 六 does not mention fee notices or payments",
  },
  "N-SUM.items-exceed": {
    zh: "正文所列分项之和 {{sum}}（{{items}}）超过所称总数 {{total}}{{unit}}，多 {{diff}}，可能有分项重复计算（“{{quote}}”）",
    en: "The listed items add up to {{sum}} ({{items}}), more than the stated total {{total}}{{unit}} (by {{diff}}); some items are probably counted twice (“{{quote}}”)",
  },
  "N-SUM.items-short": {
    zh: "正文所列分项之和 {{sum}}（{{items}}）少于所称总数 {{total}}{{unit}}，差 {{diff}}（“{{quote}}”）",
    en: "The listed items add up to {{sum}} ({{items}}), less than the stated total {{total}}{{unit}} (short by {{diff}}) (“{{quote}}”)",
  },
  "T1.repeated-word": {
    zh: "词语重复：“{{seen}}”（“{{quote}}”）",
    en: "Repeated word: “{{seen}}” (“{{quote}}”)",
  },
  "T2.scope-word": {
    zh: "{{issuer}}为{{kind}}级机关，正文却称“{{seen}}”（“{{quote}}”），疑套用其他地方的模板",
    en: "{{issuer}} is a {{kindEn}}-level issuer, yet the text says “{{seen}}” (“{{quote}}”); probably copied from another place's template",
  },
  "T3.variant-char": {
    zh: "繁体字“{{seen}}”应为“{{standard}}”（共 {{count}} 处，如“{{quote}}”）",
    en: "Traditional character “{{seen}}” should be “{{standard}}” ({{count}} times, e.g. “{{quote}}”)",
  },
  "T5.enumeration": {
    zh: "列举序号不连续：{{sequence}}（“{{seen}}”处应为“{{expected}}”）",
    en: "The enumeration is not consecutive: {{sequence}} (“{{seen}}” should be “{{expected}}”)",
  },
  "T4.fee-name": {
    zh: "“{{seen}}”不是规范名称，应为“{{standard}}”",
    en: "“{{seen}}” is not the standard name; use “{{standard}}”",
  },
  "X1.carry-over": {
    zh: "{{cell}}为 {{now}}，但 {{prevYear}} 年度报告「四、结转下年度继续办理」「{{column}}」列为 {{before}}，两者应相等（相差 {{diff}}）",
    en: "{{cell}} is {{now}}, but the {{prevYear}} report carried forward {{before}} in column「{{column}}」; they must be equal (difference {{diff}})",
  },
  "X2.stock-2019": {
    zh: "「{{item}}」对外公开总数量 {{now}}，按上年对外公开总数量 {{before}} + 本年新公开 {{issued}} 应约为 {{expected}}（相差 {{diff}}），请核实",
    en: "「{{item}}」total published {{now}}; last year's {{before}} + newly published {{issued}} gives {{expected}} (difference {{diff}}) — please verify",
  },
  "X3.carry-forward-exceeds-new": {
    zh: "{{cell}}为 {{carried}}，多于本年新收申请 {{fresh}} 件：按答复期限，多数申请应在年内办结，请核实",
    en: "{{cell}} is {{carried}}, more than the {{fresh}} requests received this year; most requests should close within the year — please verify",
  },
  "X4.swing": {
    zh: "{{cell}}为 {{now}}，{{prevYear}} 年度报告为 {{before}}，相差约 {{ratio}} 倍：请核实统计口径或单位是否变化",
    en: "{{cell}} is {{now}} against {{before}} in the {{prevYear}} report (about {{ratio}}×): check whether the scope or the unit changed",
  },
  "X2.stock": {
    zh: "「{{item}}」现行有效件数 {{now}}，按上年现行有效 {{before}} + 本年制发 {{issued}} − 本年废止 {{repealed}} 应约为 {{expected}}（相差 {{diff}}）；可能因有效期届满失效、清理或机构改革，请核实",
    en: "「{{item}}」in force {{now}}; last year's {{before}} + issued {{issued}} − repealed {{repealed}} gives {{expected}} (difference {{diff}}); expiry, a stock-take or reorganisation may explain it — please verify",
  },
};

/** The nouns rules put into their messages' data: the report's own terms, in Chinese. */
export const TERMS = {
  /** F3: which kind of label differs from the standard. */
  deviationKind: { heading: "标题", row: "行标签", column: "列标题", table: "表名" },
  /** A3: an issuer level without the power to make 规章. */
  issuerLevel: { county: { zh: "县级", en: "county-level" }, township: { zh: "乡镇级", en: "township-level" } },
  /** The issuer, when the report does not name it. */
  thisIssuer: "本机关",
  /** A4: one cell and its value, in a list. */
  cellIs: "{{cell}}为 {{value}}",
  /** N-MATCH: what a narrative claim counts. */
  claimKind: {
    new: "本年新收申请",
    new_by_applicant: "本年新收申请（按申请人）",
    carried_over: "上年结转申请",
    closed: "办结申请",
    granted: "予以公开",
    partial: "部分公开",
    denied: "不予公开",
    unavailable: "无法提供",
    not_processed: "不予处理",
    other_processing: "其他处理",
    carried_forward: "结转下年度继续办理",
    review: "行政复议",
    litigation: "行政诉讼",
    review_litigation_none: "行政复议和行政诉讼",
    normative_issued: "本年制发行政规范性文件",
    normative_repealed: "本年废止行政规范性文件",
    normative_in_force: "现行有效行政规范性文件",
  },
} as const;

/** How an empty value reads in a message or a formula. */
export const EMPTY_VALUE = "（空）";

/** The assumptions a finding states (finding.assumptions), in the report's own language. */
export const ASSUMPTIONS = {
  /** An operand the document does not give, counted as 0: "「予以公开」其他文件未给出，按 0 计". */
  absentAsZero: "{{operand}}{{why}}，按 0 计",
  /** Why the operand has no value, by cell state. */
  absentWhy: {
    missing: "文件未给出",
    blank: "空白",
    slash: "填写为“/”或“—”",
    text: "不是数字",
    ambiguous: "无法确定取值",
    number: "未给出",
  },
  blankAsZero: "空白或“/”单元格在勾稽核算中按 0 计",
} as const;

/** Suffixes added when the finding carries a localisation (spec B6) or a likely cause. */
export const SUFFIXES: Record<"suggestion" | "missingColumn", Template> = {
  suggestion: {
    zh: "；若{{suggested}}为 {{suggestedValue}}（现为 {{printedValue}}），相关行与列可同时平衡",
    en: "; if {{suggested}} were {{suggestedValue}} (now {{printedValue}}), the row and the column would both balance",
  },
  missingColumn: {
    zh: "；该行有单元格因缺列未给出，差额可能即缺列的数值",
    en: "; cells of this row are absent because a column is missing, which probably accounts for the difference",
  },
};

/** Fixed words of the command-line output (the CLI holds no wording of its own). */
export const UI = {
  zh: {
    severity: { error: "错误", warning: "警告", info: "提示" },
    prose: "正文与结构",
    row: "该行",
    clean: "未发现问题。",
    summary: "共 {{total}} 个问题：错误 {{error}}，警告 {{warning}}，提示 {{info}}",
    unreadable: "无法读取",
    badLang: "未知语言：{{lang}}（可用 zh、en）",
    previous: "上一年报告",
    folderHint: "要审阅整个文件夹的报告，请用 jiaohe review {{path}}",
  },
  en: {
    severity: { error: "error", warning: "warning", info: "info" },
    prose: "Text and structure",
    row: "row",
    clean: "No problems found.",
    summary: "{{total}} finding(s): {{error}} error(s), {{warning}} warning(s), {{info}} info",
    unreadable: "Cannot read",
    badLang: "Unknown language: {{lang}} (use zh or en)",
    previous: "previous report",
    folderHint: "To review every report in it, use jiaohe review {{path}}",
  },
} as const;

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

// Every finding renders a template: each is split once into literal text (even slots) and
// placeholder keys (odd slots), so filling is a concatenation rather than a regex replace.
const compiled = new Map<string, string[]>();

function partsOf(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(PLACEHOLDER);
    compiled.set(template, parts);
  }
  return parts;
}

export function fill(template: string, data: Record<string, string | number | null | undefined>): string {
  const parts = partsOf(template);
  let out = parts[0] ?? "";
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as string;
    const v = data[key];
    out += v === undefined ? `{{${key}}}` : v === null ? EMPTY_VALUE : String(v);
    out += parts[i + 1] ?? "";
  }
  return out;
}

export interface MessageSource {
  rule: string;
  messageId: string;
  data: Record<string, string | number | null>;
}

/** The one-line message of a finding in the given language. */
export function renderMessage(f: MessageSource, lang: Lang = "zh"): string {
  const t = MESSAGES[`${f.rule}.${f.messageId}`];
  if (!t) return lang === "zh" ? `（缺少措辞：${f.rule}.${f.messageId}）` : `(no wording for ${f.rule}.${f.messageId})`;
  let out = fill(t[lang], f.data);
  if (typeof f.data.suggestedCell === "string")
    out += fill(SUFFIXES.suggestion[lang], { ...f.data, suggested: describeCell(f.data.suggestedCell) });
  else if (f.data.likelyCause === "missing-column") out += SUFFIXES.missingColumn[lang];
  return out;
}

/** Fixed words of `jiaohe review`'s outputs: terminal summary, spreadsheet, CSV and HTML pages. */
export const REVIEW_UI = {
  zh: {
    title: "政府信息公开工作年度报告 审阅结果",
    file: "文件",
    issuer: "发布机关",
    year: "年度",
    kind: "文件格式",
    format: "报表格式",
    errors: "错误",
    warnings: "警告",
    infos: "提示",
    problems: "问题数",
    worst: "最严重的问题",
    previous: "对照上年报告",
    none: "无",
    unknown: "未识别",
    unreadable: "无法读取的文件",
    reason: "原因",
    series: "同一机关的历年报告",
    findingId: "问题编号",
    severity: "级别",
    family: "类别",
    rule: "规则",
    cells: "单元格",
    expected: "应为",
    actual: "实际",
    difference: "差额",
    message: "说明",
    location: "位置",
    summarySheet: "汇总",
    findingsSheet: "问题清单",
    unreadableSheet: "无法读取",
    otherProblems: "表格以外的问题",
    noProblems: "未发现问题。",
    back: "返回总览",
    generated: "生成",
    sortHint: "点击表头可排序",
    reports: "份报告",
    totalLine: "共 {{reports}} 份报告：错误 {{error}} 处，警告 {{warning}} 处，提示 {{info}} 处；无法读取 {{unreadable}} 个文件。",
    pairLine: "{{issuer}}：{{years}} 年（逐年对照上年报告核对）",
    listSeparator: "、",
    untitled: "{{issuer}}{{year}}年政府信息公开工作年度报告",
    previousYear: "（{{year}} 年）",
    pageLine: "第 {{page}} 页 第 {{line}} 行",
    lineColumn: "第 {{line}} 行第 {{column}} 列",
    phase: { read: "读取", check: "核对" },
    sourceKind: { text: "纯文本", markdown: "Markdown", html: "网页", docx: "Word(.docx)", doc: "Word(.doc)", pdf: "PDF" },
    reportFormat: { "2021": "2021 年版", "2019": "2019 年试行版", unknown: "未识别" },
    timeout: "处理超时（超过 {{seconds}} 秒）",
    workerCrashed: "工作线程异常退出：{{why}}",
    workerExited: "工作线程意外退出",
    workerNoAnswer: "工作线程未能完成：{{why}}",
  },
  en: {
    title: "Annual reports on government information disclosure — review",
    file: "File",
    issuer: "Issuer",
    year: "Year",
    kind: "File type",
    format: "Table format",
    errors: "Errors",
    warnings: "Warnings",
    infos: "Notes",
    problems: "Findings",
    worst: "Most serious finding",
    previous: "Compared with last year's report",
    none: "none",
    unknown: "unknown",
    unreadable: "Files that cannot be read",
    reason: "Reason",
    series: "Reports of the same issuer across years",
    findingId: "Finding id",
    severity: "Severity",
    family: "Family",
    rule: "Rule",
    cells: "Cells",
    expected: "Expected",
    actual: "Actual",
    difference: "Difference",
    message: "Explanation",
    location: "Location",
    summarySheet: "Summary",
    findingsSheet: "Findings",
    unreadableSheet: "Unreadable",
    otherProblems: "Findings outside the tables",
    noProblems: "No problems found.",
    back: "Back to the overview",
    generated: "Generated",
    sortHint: "click a column head to sort",
    reports: "reports",
    totalLine: "{{reports}} report(s): {{error}} error(s), {{warning}} warning(s), {{info}} note(s); {{unreadable}} file(s) could not be read.",
    pairLine: "{{issuer}}: {{years}} (each year checked against the year before)",
    listSeparator: ", ",
    untitled: "{{issuer}} {{year}} annual report on government information disclosure",
    previousYear: " ({{year}})",
    pageLine: "page {{page}}, line {{line}}",
    lineColumn: "line {{line}}, column {{column}}",
    phase: { read: "Reading", check: "Checking" },
    sourceKind: { text: "plain text", markdown: "Markdown", html: "web page", docx: "Word (.docx)", doc: "Word (.doc)", pdf: "PDF" },
    reportFormat: { "2021": "2021 format", "2019": "2019 trial format", unknown: "unknown" },
    timeout: "Took too long (over {{seconds}} s)",
    workerCrashed: "A worker thread failed: {{why}}",
    workerExited: "A worker thread exited unexpectedly",
    workerNoAnswer: "A worker thread could not finish: {{why}}",
  },
} as const;
