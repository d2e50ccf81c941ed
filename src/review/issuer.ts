// Issuer names as printed vary for one body: 淮安市洪泽区人民政府 and 洪泽区人民政府 are the same
// government; 平潭综合实验区 and 平潭综合实验区管委会 too. Reports are paired across years on a
// canonical key: the innermost place name plus the kind of body. A government (人民政府, 管委会)
// and its office (办公室/办公厅) stay different issuers: their reports cover different scopes.

/** Administrative units a place name ends in (江苏省, 淮安市, 洪泽区, 李口镇, 平潭综合实验区). */
const UNITS = ["特别行政区", "街道办事处", "自治区", "自治州", "自治县", "自治旗", "街道", "地区", "省", "市", "州", "盟", "区", "县", "旗", "镇", "乡"];
const startsWithUnit = (s: string): boolean => UNITS.some((u) => s.startsWith(u));

/** The shortest leading place name (≥ 2 characters; 广州 is not cut before its 市). */
function placeSegment(s: string): string | null {
  for (let i = 1; i < Math.min(s.length, 14); i++) {
    if (!/\p{Script=Han}/u.test(s[i - 1] ?? "")) return null;
    const unit = UNITS.find((u) => s.startsWith(u, i));
    if (!unit) continue;
    const end = i + unit.length;
    if (unit === "州" && startsWithUnit(s.slice(end))) continue;
    return s.slice(0, end);
  }
  return null;
}

/** Body kinds that mean "the government of the place" (the report of the 本级政府). */
const GOVERNMENT = ["人民政府", "管理委员会", "管委会", "政府", ""];
/** Body kinds that mean "the general office of the government". */
const OFFICE = ["人民政府办公室", "人民政府办公厅", "管理委员会办公室", "管委会办公室", "政府办公室", "政府办公厅", "办公室", "办公厅"];

/** Traditional or variant characters seen in issuer names (spec F10: 郟县 for 郏县). */
const VARIANTS: Record<string, string> = { 郟: "郏", 縣: "县", 區: "区", 鎮: "镇", 鄉: "乡", 門: "门", 華: "华", 陽: "阳", 東: "东" };

export interface IssuerKey {
  /** Canonical key for pairing: "洪泽区|government", "上海市科学技术委员会|body". */
  key: string;
  /** The innermost place, e.g. 洪泽区 (empty for a body with no place in its name). */
  place: string;
  kind: "government" | "office" | "body";
}

function clean(name: string): string {
  return [...name.normalize("NFKC").replace(/[\s\u3000（）()“”"'·]/gu, "")].map((c) => VARIANTS[c] ?? c).join("");
}

/** Canonical issuer key; null when there is no usable name. */
export function issuerKey(name: string | null | undefined): IssuerKey | null {
  if (!name) return null;
  let rest = clean(name);
  if (!rest) return null;
  let place = "";
  // Peel place segments while what follows still starts with a place: 江苏省淮安市洪泽区人民政府 → 洪泽区人民政府.
  for (let seg = placeSegment(rest); seg; seg = placeSegment(rest)) {
    place = seg;
    rest = rest.slice(seg.length);
  }
  if (place && GOVERNMENT.includes(rest)) return { key: `${place}|government`, place, kind: "government" };
  if (place && OFFICE.includes(rest)) return { key: `${place}|office`, place, kind: "office" };
  // A department keeps its whole place chain: every city has a 科学技术委员会.
  return { key: `${clean(name)}|body`, place, kind: "body" };
}

/** Fallback when the parser found no issuer: the title without year and report name. */
export function issuerFromTitle(title: string | null | undefined): string | null {
  if (!title) return null;
  const m = /^(.*?)\s*(?:19|20)\d{2}\s*年度?/u.exec(clean(title));
  const name = m?.[1]?.trim();
  return name && name.length >= 2 ? name : null;
}
