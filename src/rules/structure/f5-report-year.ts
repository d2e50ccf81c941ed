import type { Report } from "../../model/report.js";
import { locate, sectionProse } from "../narrative/text.js";
import { defineRule, type FindingDraft } from "../rule.js";

// The year a report is about, said three times (title, 统计期限, the overview's "2024年，…"), and the
// date it went out. A year left over from last year's template shows as one of them disagreeing.

/** The overview's leading year: "2024年，" or "2024年度，" opening a sentence. */
const LEAD_YEAR = /(?:^|[。；！？\n])((?:19|20)\d{2})年度?[，,]/;
/** Issuers whose report is a department's (条例第四十九条: by 31 January), not a government's own (by 31 March). */
const DEPARTMENT = /(局|厅|办公室|办公厅|中心|署|委员会|委|办)$/;
const GOVERNMENT_BODY = /(管理委员会|管委会)$/;

export default defineRule({
  id: "F5",
  family: "report-year",
  severity: "warning",
  title: "报告年度与发布时间",
  description:
    "标题年度、统计期限和总体情况开头所说的年度应一致；报告应在次年公布，部门不晚于 1 月 31 日，本级人民政府不晚于 3 月 31 日。",
  basis: "《中华人民共和国政府信息公开条例》第四十九条、第五十条；国办公开办函〔2021〕30号",
  status: "stable",
  messages: ["period-year", "period-span", "narrative-year", "published-early", "published-late", "published-after-january"],
  check(ctx) {
    const r = ctx.report;
    // The report's year is the title's whenever a title was read (extract/meta.ts).
    const titleYear = r.title !== null ? r.year : null;
    // the 统计期限 as the builder read it (extract/meta.ts)
    const period = r.period;
    if (period) {
      const { from, to, loc } = period;
      const quote = period.text.replace(/\s+/g, "");
      if (titleYear !== null && from !== titleYear)
        ctx.emit({ messageId: "period-year", cells: [], data: { titleYear, periodYear: from, quote }, loc, key: "period" });
      else if (to !== from) ctx.emit({ messageId: "period-span", cells: [], data: { from, to, quote }, loc, key: "period-span" });
    }

    // Only the overview's first leading year: later sections speak of next year's plans ("2025年，我局将…").
    const overview = sectionProse(r, "overview")?.prose;
    if (overview && titleYear !== null) {
      const m = LEAD_YEAR.exec(overview.text);
      if (m && Number(m[1]) !== titleYear) {
        const start = m.index + m[0].indexOf(m[1] as string);
        ctx.emit({
          messageId: "narrative-year",
          cells: [],
          data: { titleYear, narrativeYear: Number(m[1]), quote: m[0].replace(/^[。；！？\n]/, "") },
          loc: locate(r, overview, start, start + 4),
          key: "narrative",
        });
      }
    }

    if (r.publishedAt && r.year !== null) published(r, r.year, r.publishedAt, ctx.emit);
  },
});

/** The publication date against the report year: not before the year is over, not after the deadline. */
function published(r: Report, year: number, date: string, emit: (d: FindingDraft) => void): void {
  const next = year + 1;
  const data = { year, publishedAt: date, next };
  // ISO dates compare as strings.
  if (date < `${next}-01-01`) {
    emit({ messageId: "published-early", cells: [], data, key: "published" });
    return;
  }
  if (date > `${next}-03-31`) {
    emit({ messageId: "published-late", cells: [], data, key: "published" });
    return;
  }
  // Before the 2019 revision every report was due by 31 March; since, a department's by 31 January.
  const issuer = (r.issuer ?? "").replace(/\s+/g, "");
  if (year >= 2019 && date > `${next}-01-31` && DEPARTMENT.test(issuer) && !GOVERNMENT_BODY.test(issuer))
    emit({ messageId: "published-after-january", severity: "info", cells: [], data, key: "published" });
}
