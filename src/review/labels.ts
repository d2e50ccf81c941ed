// The review's own user-facing words (column heads, page titles). Chinese, as everything shown to
// users. Finding messages themselves come from src/explain (via Finding.message), never from here.
// TODO(explain owner): move these into src/explain/messages when that catalogue has a UI section.
import type { Severity } from "../model/finding.js";
import type { SourceKind } from "../model/report.js";

export const SEVERITY_ZH: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

export const KIND_ZH: Record<SourceKind, string> = {
  text: "纯文本",
  markdown: "Markdown",
  html: "网页",
  docx: "Word(.docx)",
  doc: "Word(.doc)",
  pdf: "PDF",
};

export const FORMAT_ZH: Record<string, string> = { "2021": "2021 年版", "2019": "2019 年试行版", unknown: "未识别" };

export const L = {
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
  totalLine: (n: number, e: number, w: number, i: number, u: number) =>
    `共 ${n} 份报告：错误 ${e} 处，警告 ${w} 处，提示 ${i} 处；无法读取 ${u} 个文件。`,
  pairLine: (issuer: string, years: number[]) => `${issuer}：${years.join("、")} 年（逐年对照上年报告核对）`,
} as const;
