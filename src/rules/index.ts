// The sorted rule registry (id → module). Spec rules not implemented yet are listed as comments.
import a2 from "./active/a2-issued-vs-stock.js";
import a3 from "./active/a3-regulations-issuer.js";
import a4 from "./active/a4-decision-magnitude.js";
import a5 from "./active/a5-fee-magnitude.js";
import b1 from "./applications/b1-balance.js";
import b2 from "./applications/b2-column-sum.js";
import b3 from "./applications/b3-row-sum.js";
import b5 from "./applications/b5-domain.js";
import b5Blank from "./applications/b5-blank.js";
import x1 from "./cross-year/x1-carry-over.js";
import x2 from "./cross-year/x2-in-force-stock.js";
import x3 from "./cross-year/x3-carry-forward-vs-new.js";
import x4 from "./cross-year/x4-swing.js";
import f7 from "./narrative/f7-citation.js";
import f8 from "./narrative/f8-fee-statement.js";
import nFee from "./narrative/n-fee.js";
import nMatch from "./narrative/n-match.js";
import nPct from "./narrative/n-pct.js";
import nSum from "./narrative/n-sum.js";
import c1 from "./review/c1-review.js";
import c2 from "./review/c2-litigation-direct.js";
import c3 from "./review/c3-litigation-after-review.js";
import c5 from "./review/c5-litigation-after-review.js";
import type { Rule } from "./rule.js";
import f1 from "./structure/f1-missing-section.js";
import f2Cell from "./structure/f2-missing-cell.js";
import f2Column from "./structure/f2-missing-column.js";
import f2 from "./structure/f2-missing-table.js";
import f3 from "./structure/f3-label-deviation.js";
import f4 from "./structure/f4-format-version.js";
import f5 from "./structure/f5-report-year.js";
import t1 from "./text/t1-repeated-word.js";
import t2 from "./text/t2-place-scope.js";
import t3 from "./text/t3-variant-chars.js";
import t4 from "./text/t4-fee-name.js";
import t5 from "./text/t5-enumeration.js";

// Not yet: B4 (printed subtotal rows), N-PCT beyond the 100% case.
export const RULES: readonly Rule[] = ([
  a2, a3, a4, a5,
  b1, b2, b3, b5, b5Blank,
  c1, c2, c3, c5,
  f1, f2, f2Cell, f2Column, f3, f4, f5, f7, f8,
  nFee, nMatch, nPct, nSum,
  t1, t2, t3, t4, t5,
  x1, x2, x3, x4,
] as Rule[]).sort((a, b) => a.id.localeCompare(b.id));

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export function getRule(id: string): Rule | undefined {
  return RULES_BY_ID.get(id);
}
