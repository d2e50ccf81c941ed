// Number claims in the prose, each bound to the table cells it counts (spec §4.5). Deliberately
// narrow: a claim is only taken when its keyword, a short connecting window and the unit 件 sit
// together; approximate figures (余/多/约/近) are never claims. A false error is worse than a miss.
import { APPLICANT_KEYS, outcomeCellIds } from "../../model/cells.js";
import type { TERMS } from "../../explain/messages.js";
import type { Report } from "../../model/report.js";
import { forLastReport } from "../support.js";
import { CN_NUMERAL_CHARS, HEDGE_AFTER, HEDGE_BEFORE, NUM, type Prose, parseNumber, proseOf } from "./text.js";

/** What a claim counts; each kind has its words in the catalogue (TERMS.claimKind). */
export type ClaimKind = keyof typeof TERMS.claimKind;

export interface Claim {
  kind: ClaimKind;
  /** Cells whose sum the claim states. */
  cells: string[];
  value: number;
  /** Offsets in the normalised prose. */
  start: number;
  end: number;
  prose: Prose;
  /** The sentence, for the message. */
  sentence: string;
  /** Weak wording (全部办结, 发布): a contradiction is a warning, not an error. */
  weak?: boolean;
  /** For the 新收 claim: the sentence says it includes last year's carry-over. */
  includesCarried?: boolean;
}

const W = String.raw`[^。；;，,\d${CN_NUMERAL_CHARS}]`;
// Table C counts only cases about information disclosure; an agency's other 复议/诉讼 are not in it.
const DISCLOSURE = /(信息公开|申请公开|公开申请|依申请)/;
// A sentence comparing with another year ("较上年", "同比", "2023年…") does not state this year's figure.
const COMPARISON = /(同比|较上年|较去年|比上年|比去年|上一年度|上年同期)/;
const NOT_REQUESTS = /(留言|咨询|来信|信访|投诉|热线|诉求|意见|建议|提案|信箱|12345)/;

interface Pattern {
  kind: ClaimKind;
  re: RegExp;
  cells: (report: Report) => string[];
  /** The sentence must match this. */
  context?: RegExp;
  /** The text matched before the number must not match this. */
  reject?: RegExp;
  weak?: boolean;
  zero?: boolean;
  /** Literals the regex cannot match without: every group needs one of its words in the sentence.
   *  A cheap test that spares running the regex on nearly every sentence. */
  need: string[][];
}

const LITIGATION = ["litigation_direct.total", "litigation_after_review.total"];

const PATTERNS: Pattern[] = [
  {
    kind: "new",
    re: new RegExp(String.raw`(?:收到|受理|新收|接收)(?<w>${W}{0,24}?)(?<n>${NUM})件`, "g"),
    need: [["收到", "受理", "新收", "接收"], ["申请"], ["件"]],
    cells: () => ["applications.new.total"],
    reject: /(结转|上年)/,
  },
  {
    kind: "new",
    re: new RegExp(String.raw`(?:收到|受理|新收|接收)(?<w>${W}{0,6}?)(?<n>${NUM})件(?:政府信息公开|信息公开|依申请公开)?申请`, "g"),
    need: [["收到", "受理", "新收", "接收"], ["申请"], ["件"]],
    cells: () => ["applications.new.total"],
    reject: /(结转|上年)/,
  },
  {
    kind: "carried_over",
    re: new RegExp(String.raw`上年度?结转(?:的)?(?:政府信息公开)?(?:申请)?(?:为|共)?(?<n>${NUM})件`, "g"),
    need: [["结转"], ["上年"], ["件"]],
    cells: () => ["applications.carried_over.total"],
  },
  {
    kind: "carried_over",
    re: /(?:上年度?(?:无|没有)结转|无上年度?结转)/g,
    need: [["结转"], ["上年"]],
    cells: () => ["applications.carried_over.total"],
    zero: true,
  },
  {
    kind: "closed",
    re: new RegExp(String.raw`(?:办结|办理完毕|(?<!公开|处理|提供)答复)(?<w>(?:了|政府信息公开申请|依申请公开|申请|共){0,2})(?<n>${NUM})件`, "g"),
    need: [["办结", "办理完毕", "答复"], ["件"]],
    cells: () => ["applications.total.total"],
    context: /申请/,
  },
  ...(
    [
      ["granted", "(?:予以公开|同意公开)", ["予以公开", "同意公开"], () => ["applications.granted.total"]],
      ["partial", "部分公开", ["部分公开"], () => ["applications.partial.total"]],
      ["denied", "不予公开", ["不予公开"], () => outcomeCellIds("denied")],
      ["unavailable", "无法提供", ["无法提供"], () => outcomeCellIds("unavailable")],
      ["not_processed", "不予处理", ["不予处理"], () => outcomeCellIds("not_processed")],
      ["other_processing", "其他处理", ["其他处理"], () => outcomeCellIds("other")],
    ] as const
  ).map(
    ([kind, kw, words, cells]): Pattern => ({
      kind,
      // Not a combined category (予以公开及部分公开 42 件).
      re: new RegExp(String.raw`(?<!(?:[和与、]|(?<!涉)及))${kw}(?<w>(?:答复|的|为|共|：|:){0,2})(?<n>${NUM})件`, "g"),
      cells,
      context: /(申请|办理结果)/,
      need: [[...words], ["件"]],
    }),
  ),
  {
    kind: "carried_forward",
    re: new RegExp(String.raw`结转(?:至|到)?下一?年度?(?:继续办理)?(?:的)?(?:申请)?(?:为|共)?(?<n>${NUM})件`, "g"),
    need: [["结转"], ["下"], ["件"]],
    cells: () => ["applications.carried_forward.total"],
  },
  {
    kind: "carried_forward",
    re: new RegExp(String.raw`(?<n>${NUM})件(?:申请)?(?:结转|顺延)(?:至|到)下一?年度?`, "g"),
    need: [["结转", "顺延"], ["下"], ["件"]],
    cells: () => ["applications.carried_forward.total"],
  },
  {
    kind: "carried_forward",
    re: /(?:无|没有)(?:申请|需要)?(?:结转|顺延)(?:至|到)?下一?年度?/g,
    need: [["结转", "顺延"], ["下"]],
    cells: () => ["applications.carried_forward.total"],
    zero: true,
  },
  {
    kind: "carried_forward",
    re: /(?:全部办结|均已办结|全部办理完毕|均已办理完毕|均已按要求办理完成)/g,
    need: [["办结", "办理完毕", "办理完成"]],
    cells: () => ["applications.carried_forward.total"],
    context: /申请/,
    zero: true,
    weak: true,
  },
  {
    kind: "review",
    context: DISCLOSURE,
    re: new RegExp(String.raw`(?<!(?:[和与、]|(?<!涉)及))行政复议(?:案件|申请)?(?:共|为)?(?<n>${NUM})件`, "g"),
    need: [["行政复议"], ["件"]],
    cells: () => ["review.total"],
  },
  {
    kind: "litigation",
    context: DISCLOSURE,
    re: new RegExp(String.raw`(?<!(?:[和与、]|(?<!涉)及))行政诉讼(?:案件)?(?:共|为)?(?<n>${NUM})件`, "g"),
    need: [["诉讼"], ["件"]],
    cells: () => LITIGATION,
  },
  {
    kind: "review_litigation_none",
    context: DISCLOSURE,
    re: /(?:未|没有|无)(?:发生|引发|产生|出现|收到|因政府信息公开)?[^。，,；;\d]{0,10}?行政复议(?:和|及|或|、|与)(?:行政)?诉讼/g,
    need: [["行政复议"], ["诉讼"]],
    cells: () => ["review.total", ...LITIGATION],
    zero: true,
  },
  {
    kind: "normative_issued",
    re: new RegExp(
      String.raw`(?:制发|印发|出台|制定|新制定|新出台)(?:并(?:发布|公布|印发))?(?:了)?(?:的)?(?:行政)?规范性文件(?:共)?(?<n>${NUM})件`,
      "g",
    ),
    cells: () => ["active.normative_documents.issued"],
    need: [["规范性文件"], ["制发", "印发", "出台", "制定"], ["件"]],
  },
  {
    kind: "normative_issued",
    re: new RegExp(String.raw`(?:制发|印发|出台|制定|新制定|新出台)(?:并(?:发布|公布|印发))?(?:了)?(?<n>${NUM})件(?:行政)?规范性文件`, "g"),
    need: [["规范性文件"], ["制发", "印发", "出台", "制定"], ["件"]],
    cells: () => ["active.normative_documents.issued"],
  },
  {
    kind: "normative_issued",
    re: new RegExp(String.raw`(?<![集中清理])发布(?:了)?(?:行政)?规范性文件(?:共)?(?<n>${NUM})件`, "g"),
    need: [["规范性文件"], ["发布"], ["件"]],
    cells: () => ["active.normative_documents.issued"],
    weak: true,
  },
  {
    kind: "normative_repealed",
    re: new RegExp(String.raw`废止(?:了)?(?:行政)?规范性文件(?:共)?(?<n>${NUM})件`, "g"),
    need: [["规范性文件"], ["废止"], ["件"]],
    cells: () => ["active.normative_documents.repealed"],
  },
  {
    kind: "normative_repealed",
    re: /(?:暂无废止|未废止|无废止)/g,
    need: [["废止"]],
    cells: () => ["active.normative_documents.repealed"],
    context: /规范性文件/,
    zero: true,
  },
  // "制定行政规范性文件 11 件，废止 15 件，现行有效 95 件": the bare counts in a sentence about 规范性文件.
  {
    kind: "normative_repealed",
    re: new RegExp(String.raw`(?<![未无])废止(?:了)?(?:共)?(?<n>${NUM})件`, "g"),
    need: [["废止"], ["件"]],
    cells: () => ["active.normative_documents.repealed"],
    context: /^(?!.*规章).*规范性文件/,
  },
  {
    kind: "normative_in_force",
    re: new RegExp(String.raw`现行有效(?:的)?(?:共计|共|为)?(?<n>${NUM})件`, "g"),
    need: [["现行有效"], ["件"]],
    cells: () => ["active.normative_documents.in_force"],
    context: /^(?!.*规章).*规范性文件/,
  },
  {
    kind: "normative_in_force",
    re: new RegExp(String.raw`现行有效(?:的)?(?:行政)?规范性文件(?:共计|共|为)?(?<n>${NUM})件`, "g"),
    need: [["规范性文件"], ["现行有效"], ["件"]],
    cells: () => ["active.normative_documents.in_force"],
  },
];

/** Breakdown of a 新收 claim by applicant type, in the same clause run (自然人 72 件、商业企业 3 件). */
const BREAKDOWN: { re: RegExp; cells: string[] }[] = [
  { re: new RegExp(String.raw`自然人(?:申请|提出)?(?:为|共)?(?<n>${NUM})件`), cells: ["applications.new.natural"] },
  {
    re: new RegExp(String.raw`法人或其他组织(?:申请|提出)?(?:为|共)?(?<n>${NUM})件`),
    cells: APPLICANT_KEYS.filter((k) => k !== "natural").map((k) => `applications.new.${k}`),
  },
  { re: new RegExp(String.raw`商业企业(?:申请)?(?<n>${NUM})件`), cells: ["applications.new.commercial"] },
];

/** Section review_litigation speaks of disclosure cases by definition. */
function DISCLOSURE_SECTION_OK(p: Pattern): Pattern | null {
  return p.context === DISCLOSURE ? p : null;
}

function hedged(text: string, start: number, end: number): boolean {
  return HEDGE_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || HEDGE_AFTER.test(text.slice(end, end + 2));
}

// Claims are read once per report, whichever rules ask.
export const extractClaims: (report: Report) => Claim[] = forLastReport((report) => extractClaimsUncached(report));

// Every literal of the patterns' need lists gets one bit; a sentence's mask says which it contains.
const LITERALS = [...new Set(PATTERNS.flatMap((p) => p.need.flat()))];
// One int32 mask: more than 31 literals would need a wider one.
if (LITERALS.length > 31) throw new Error("claims: too many need literals for one mask");
const BIT = new Map(LITERALS.map((w, i) => [w, 1 << i]));
/** Per pattern, one mask per need group (at most three; -1 fills): the sentence must share a bit with each. */
const NEED = new Int32Array(PATTERNS.length * 3).fill(-1);
PATTERNS.forEach((p, k) => {
  if (p.need.length > 3) throw new Error("claims: at most three need groups");
  p.need.forEach((g, j) => {
    NEED[k * 3 + j] = g.reduce((m, w) => m | (BIT.get(w) as number), 0);
  });
});
const needs = (k: number, mask: number) =>
  ((NEED[k * 3] as number) & mask) !== 0 && ((NEED[k * 3 + 1] as number) & mask) !== 0 && ((NEED[k * 3 + 2] as number) & mask) !== 0;

// Literals by their first character, for the pass that finds them: FIRST_SLOT[c] is 1 + the index in
// BY_FIRST of the literals starting with c (0: none). A typed-array lookup and a compare of the second
// character spare a Map lookup and a startsWith on nearly every candidate.
const FIRST_SLOT = new Uint8Array(0x10000);
const BY_FIRST: number[][] = [];
LITERALS.forEach((w, i) => {
  const c = w.charCodeAt(0);
  if (FIRST_SLOT[c] === 0) {
    BY_FIRST.push([]);
    FIRST_SLOT[c] = BY_FIRST.length;
  }
  (BY_FIRST[(FIRST_SLOT[c] as number) - 1] as number[]).push(i);
});
/** Second character of each literal; -1 for a one-character literal. */
const SECOND = LITERALS.map((w) => (w.length > 1 ? w.charCodeAt(1) : -1));

const FULL_STOP = 0x3002; // 。
const EXCLAMATION = 0xff01; // ！
const QUESTION = 0xff1f; // ？

const isStop = (c: number): boolean => c === FULL_STOP || c === EXCLAMATION || c === QUESTION || c === 10;

// Every pattern needs one of these in its sentence (件 nearly all; the zero and weak forms the others).
// Finding them with indexOf (native, fast) picks out the quarter of the sentences worth a char scan.
const GATES = ["件", "结转", "顺延", "办结", "办理完", "行政复议", "废止"];
if (PATTERNS.some((p) => !p.need.some((g) => g.every((w) => GATES.some((x) => w.includes(x)))))) {
  throw new Error("claims: a pattern needs none of the gate words");
}

const NEXT_GATE = new Int32Array(GATES.length);

/** The sentences holding a gate word — runs without 。！？ or a line break, each with its closing mark (the
 *  spans of /[^。！？\n]+[。！？]?/g) — as bounds [start0, end0, …] in text order, and per sentence the mask
 *  of the literals starting in it. No literal holds a stop or a line break, so one that starts in a sentence
 *  ends in it. Sentences without a gate word cannot satisfy any pattern's needs. */
function scanSentences(t: string): { bounds: number[]; masks: number[] } {
  const bounds: number[] = [];
  const masks: number[] = [];
  // Next occurrence of each gate word at or after the end of the last sentence taken; the earliest opens
  // the next sentence. Searching on from that sentence's end skips the gate words inside it.
  const next = NEXT_GATE;
  for (let g = 0; g < GATES.length; g++) next[g] = t.indexOf(GATES[g] as string);
  const n = t.length;
  let done = 0; // end of the last sentence taken
  for (;;) {
    let h = -1;
    for (let g = 0; g < GATES.length; g++) {
      const at = next[g] as number;
      if (at >= 0 && (h < 0 || at < h)) h = at;
    }
    if (h < 0) break;
    let start = h;
    while (start > done && !isStop(t.charCodeAt(start - 1))) start--;
    let mask = 0;
    let i = start;
    let c = -1;
    for (; i < n; i++) {
      c = t.charCodeAt(i);
      if (isStop(c)) break;
      const slot = FIRST_SLOT[c] as number;
      if (slot !== 0) {
        const list = BY_FIRST[slot - 1] as number[];
        for (let q = 0; q < list.length; q++) {
          const k = list[q] as number;
          const second = SECOND[k] as number;
          if (second === -1 || (t.charCodeAt(i + 1) === second && t.startsWith(LITERALS[k] as string, i))) mask |= 1 << k;
        }
      }
    }
    if (i < n && c !== 10) i++;
    bounds.push(start, i);
    masks.push(mask);
    done = i;
    for (let g = 0; g < GATES.length; g++) if ((next[g] as number) >= 0 && (next[g] as number) < done) next[g] = t.indexOf(GATES[g] as string, done);
  }
  return { bounds, masks };
}

/** Where the clause run from `from` stops: the first ；; or 。, else the end. */
function clauseEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff1b || c === 59 || c === FULL_STOP) return i;
  }
  return text.length;
}

/** The last "2023年" ending before `at`, as a number; null when there is none. */
function lastYearBefore(text: string, at: number): number | null {
  let k = at > 0 ? text.lastIndexOf("年", at - 1) : -1;
  for (; k >= 4; k = text.lastIndexOf("年", k - 1)) {
    const a = text.charCodeAt(k - 4);
    const b = text.charCodeAt(k - 3);
    const c = text.charCodeAt(k - 2);
    const d = text.charCodeAt(k - 1);
    const century = (a === 49 && b === 57) || (a === 50 && b === 48); // 19, 20
    if (century && c >= 48 && c <= 57 && d >= 48 && d <= 57) return (a - 48) * 1000 + (b - 48) * 100 + (c - 48) * 10 + (d - 48);
  }
  return null;
}

function extractClaimsUncached(report: Report): Claim[] {
  const claims: Claim[] = [];
  for (const prose of proseOf(report)) {
    const text = prose.text;
    const { bounds, masks } = scanSentences(text);
    const count = masks.length;
    let present = 0;
    for (let si = 0; si < count; si++) present |= masks[si] as number;
    // The patterns whose every literal occurs somewhere in this prose; usually a handful.
    const live: number[] = [];
    for (let k = 0; k < PATTERNS.length; k++) if (needs(k, present)) live.push(k);
    if (live.length === 0) continue;
    for (let si = 0; si < count; si++) {
      const mask = masks[si] as number;
      if (mask === 0) continue;
      const s = { text: "", start: bounds[2 * si] as number };
      let taken: [number, number][] | null = null;
      let comparison: boolean | null = null;
      let around: string | null = null;
      for (const k of live) {
        if (!needs(k, mask)) continue;
        const p = PATTERNS[k] as Pattern;
        if (s.text === "") s.text = text.slice(s.start, bounds[2 * si + 1] as number);
        comparison ??= COMPARISON.test(s.text);
        if (comparison) break;
        if (p.context) {
          // Context may sit in the sentence before ("…依申请公开…。未引发行政复议和行政诉讼。").
          if (p.kind === "review_litigation_none") around ??= text.slice(Math.max(0, s.start - 60), s.start) + s.text;
          if (!(p.context.test(p.kind === "review_litigation_none" ? (around as string) : s.text) || (DISCLOSURE_SECTION_OK(p) && prose.section === "review_litigation"))) continue;
        }
        const re = p.re;
        re.lastIndex = 0;
        for (let m = re.exec(s.text); m !== null; m = re.exec(s.text)) {
          const at = m.index;
          const w = m.groups?.w ?? "";
          if (p.reject?.test(w) || (p.kind === "new" && (NOT_REQUESTS.test(w) || !m[0].includes("申请")))) continue;
          if (p.kind === "new") {
            const pre = s.text.slice(Math.max(0, at - 4), at);
            if (pre.endsWith("上年") || pre.endsWith("其中")) continue;
          }
          // A figure for another year ("2023年收到申请 20 件" in the 2024 report) is not this year's.
          if (report.year !== null) {
            const year = lastYearBefore(s.text, at);
            if (year !== null && year !== report.year) continue;
          }
          // One claim per stretch of text: the first (more specific) pattern wins.
          if (taken?.some(([a, b]) => at < b && at + m[0].length > a)) continue;
          let value = 0;
          let numStart = at;
          let numEnd = at + m[0].length;
          if (!p.zero) {
            const n = m.groups?.n ?? "";
            const v = parseNumber(n);
            if (v === null) continue;
            numStart = at + m[0].lastIndexOf(n, m[0].length - 1);
            numEnd = numStart + n.length;
            if (hedged(s.text, numStart, numEnd)) continue;
            value = v;
          }
          (taken ??= []).push([at, at + m[0].length]);
          claims.push({
            kind: p.kind,
            cells: p.cells(report),
            value,
            start: s.start + at,
            end: s.start + at + m[0].length,
            prose,
            sentence: s.text.trim(),
            ...(p.weak ? { weak: true } : {}),
            ...(p.kind === "new" && /(含|包括)上年度?结转/.test(s.text) ? { includesCarried: true } : {}),
          });
          if (p.kind === "new") {
            const rest = s.text.slice(at + m[0].length, clauseEnd(s.text, at + m[0].length));
            for (const b of BREAKDOWN) {
              const bm = rest.match(b.re);
              const v = bm?.groups?.n ? parseNumber(bm.groups.n) : null;
              if (!bm || v === null) continue;
              const bAt = at + m[0].length + (bm.index ?? 0);
              if (hedged(s.text, bAt + bm[0].lastIndexOf(bm.groups?.n ?? ""), bAt + bm[0].length - 1)) continue;
              claims.push({ kind: "new_by_applicant", cells: b.cells, value: v, start: s.start + bAt, end: s.start + bAt + bm[0].length, prose, sentence: s.text.trim() });
            }
          }
        }
      }
    }
  }
  return claims;
}
