// Plain constants of the model, kept free of zod so the CLI's hot path does not load the schema
// library at start-up (report.ts and finding.ts re-export them next to their schemas).

export const SECTION_IDS = ["overview", "active", "applications", "review_litigation", "problems", "other"] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const SECTION_HEADINGS: Record<SectionId, string> = {
  overview: "一、总体情况",
  active: "二、主动公开政府信息情况",
  applications: "三、收到和处理政府信息公开申请情况",
  review_litigation: "四、政府信息公开行政复议、行政诉讼情况",
  problems: "五、存在的主要问题及改进情况",
  other: "六、其他需要报告的事项",
};

export type Severity = "error" | "warning" | "info";
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
