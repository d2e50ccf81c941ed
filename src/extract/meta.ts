// Title, issuer and year: "<机关名称><YYYY>年政府信息公开工作年度报告", possibly over two lines
// (Markdown "# 机关" / "## 2024 年…"), with spaces, and with traditional variants (郟县 → 郏县).
import type { Line } from "../read/blocks.js";
import { simplifyVariants } from "../normalize/text.js";
import { lineText } from "./chrome.js";

const TITLE = /(\d{4})年度?(.*?)政府信息公开(?:工作)?年度?报告/;

export interface TitleInfo {
  title: string | null;
  issuer: string | null;
  year: number | null;
}

export function findTitle(lines: readonly Line[], limit: number): TitleInfo {
  // lines are cleaned only when looked at (the title is nearly always in the first two)
  let n = 0;
  while (n < lines.length && n < 30 && lines[n]!.loc.offset < limit) n++;
  const cleaned: string[] = [];
  const text = (i: number): string => (cleaned[i] ??= clean(lineText(lines[i]!)));
  for (let i = 0; i < n; i++) {
    // the title may be split after any line: try this line alone, then joined with the next
    for (const joined of [text(i), text(i) + (i + 1 < n ? text(i + 1) : "")]) {
      const m = TITLE.exec(joined);
      if (!m) continue;
      const before = joined.slice(0, m.index);
      let issuer = before || m[2] || "";
      let title = joined.slice(0, m.index + m[0].length);
      const prev = i > 0 ? text(i - 1) : "";
      if (!issuer && i > 0 && prev.length > 0 && prev.length <= 30 && !/\d/.test(prev)) {
        issuer = prev;
        title = issuer + title;
      }
      issuer = simplifyVariants(issuer).replace(/^(标题|正文)[:：]?/, "");
      return { title, issuer: issuer || null, year: Number(m[1]) };
    }
  }
  return { title: null, issuer: null, year: null };
}

function clean(t: string): string {
  return t.replace(/^#+\s*/, "").replace(/^标题\s*[:：]\s*/, "").replace(/\s+/g, "");
}

/** 统计期限自2024年1月1日起至2024年12月31日止 / 为 2024 年 1 月 1 日至 12 月 31 日 (spaces from PDF text). */
const PERIOD =
  /统计期[限间]?\s*(?:[为是:：]|自|从)?\s*((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日\s*起?\s*(?:至|到|—|-|－|~)\s*(?:((?:19|20)\d{2})\s*年\s*)?12\s*月\s*31\s*日/y;

/** The statistics period the report states, with its offset and length in `text` (see StatedPeriod). */
export interface PeriodMatch {
  from: number;
  to: number;
  offset: number;
  length: number;
  /** As printed. */
  text: string;
}

export function statedPeriod(text: string): PeriodMatch | null {
  // a native search for 统计期, then the pattern from there (sticky): no regex pass over every report
  for (let k = text.indexOf("统计期"); k !== -1; k = text.indexOf("统计期", k + 3)) {
    PERIOD.lastIndex = k;
    const m = PERIOD.exec(text);
    if (m) {
      const from = Number(m[1]);
      return { from, to: m[2] !== undefined ? Number(m[2]) : from, offset: m.index, length: m[0].length, text: m[0] };
    }
  }
  return null;
}

/** Fallback year: the stated statistics period, else any "YYYY年1月1日至/起". */
export function yearFromPeriod(text: string, stated: PeriodMatch | null = statedPeriod(text)): number | null {
  if (stated) return stated.from;
  const m = /(\d{4})\s*年\s*1\s*月\s*1\s*日\s*(至|起)/.exec(text);
  return m ? Number(m[1]) : null;
}
