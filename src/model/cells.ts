// The cell catalogue of the 2021 national format (国办公开办函〔2021〕30号) and the 2019 trial
// format's extra 主动公开 cells. Ids follow ../shared/gold/README.md exactly; printed labels are
// the standard Chinese texts, used for label matching and for every user-facing message.

export type TableId = "active" | "applications" | "review";

export interface ActiveItem {
  readonly key: string; // e.g. "regulations"
  readonly label: string; // 规章
  readonly block: string; // 第二十条第（一）项
  readonly columns: readonly { readonly key: string; readonly label: string }[];
}

export const ACTIVE_ITEMS: readonly ActiveItem[] = [
  {
    key: "regulations",
    label: "规章",
    block: "第二十条第（一）项",
    columns: [
      { key: "issued", label: "本年制发件数" },
      { key: "repealed", label: "本年废止件数" },
      { key: "in_force", label: "现行有效件数" },
    ],
  },
  {
    key: "normative_documents",
    label: "行政规范性文件",
    block: "第二十条第（一）项",
    columns: [
      { key: "issued", label: "本年制发件数" },
      { key: "repealed", label: "本年废止件数" },
      { key: "in_force", label: "现行有效件数" },
    ],
  },
  { key: "licensing", label: "行政许可", block: "第二十条第（五）项", columns: [{ key: "decisions", label: "本年处理决定数量" }] },
  { key: "punishment", label: "行政处罚", block: "第二十条第（六）项", columns: [{ key: "decisions", label: "本年处理决定数量" }] },
  { key: "enforcement", label: "行政强制", block: "第二十条第（六）项", columns: [{ key: "decisions", label: "本年处理决定数量" }] },
  {
    key: "fees",
    label: "行政事业性收费",
    block: "第二十条第（八）项",
    columns: [{ key: "amount_wan_yuan", label: "本年收费金额（单位：万元）" }],
  },
];

/**
 * The internalized copy of a string: flat and unique, the form V8 keeps property keys in. An id built
 * by a template literal is a rope; the first time it is used as a key V8 turns it into a thin string
 * pointing at the internalized copy, and every later read of it goes through that indirection (hashing
 * a 23-cell finding id cost 6 ns a character instead of 1). The catalogue holds these copies only.
 */
export function internalized(s: string): string {
  for (const key in { [s]: 0 }) return key;
  return s;
}

export const ACTIVE_IDS: readonly string[] = ACTIVE_ITEMS.flatMap((i) => i.columns.map((c) => internalized(`active.${i.key}.${c.key}`)));

/** Applicant columns of the 收到和处理政府信息公开申请 table, in printed order. */
export const APPLICANT_COLUMNS = [
  { key: "natural", label: "自然人" },
  { key: "commercial", label: "商业企业" },
  { key: "research", label: "科研机构" },
  { key: "social", label: "社会公益组织" },
  { key: "legal", label: "法律服务机构" },
  { key: "other", label: "其他" },
] as const;
export const TOTAL_COLUMN = { key: "total", label: "总计" } as const;
export const APPLICATION_COLUMNS = [...APPLICANT_COLUMNS, TOTAL_COLUMN] as const;
export type ApplicationColumn = (typeof APPLICATION_COLUMNS)[number]["key"];
export const APPLICANT_KEYS: readonly ApplicationColumn[] = APPLICANT_COLUMNS.map((c) => c.key);
export const APPLICATION_COLUMN_KEYS: readonly ApplicationColumn[] = APPLICATION_COLUMNS.map((c) => c.key);

export type RowGroup = "denied" | "unavailable" | "not_processed" | "other" | null;

export interface ApplicationRow {
  readonly key: string; // "granted", "denied.state_secret"
  readonly label: string; // the standard printed label, with its numbering
  readonly short: string; // a short name for messages (予以公开, 属于国家秘密)
  readonly group: RowGroup;
  readonly groupLabel?: string; // （三）不予公开
  readonly outcome: boolean; // one of the 21 outcome rows that add up to （七）总计
}

export const APPLICATION_GROUP_LABELS: Record<Exclude<RowGroup, null>, string> = {
  denied: "（三）不予公开",
  unavailable: "（四）无法提供",
  not_processed: "（五）不予处理",
  other: "（六）其他处理",
};

const g = (group: Exclude<RowGroup, null>, key: string, label: string, short: string): ApplicationRow => ({
  key: `${group}.${key}`,
  label,
  short,
  group,
  groupLabel: APPLICATION_GROUP_LABELS[group],
  outcome: true,
});

export const APPLICATION_ROWS: readonly ApplicationRow[] = [
  { key: "new", label: "一、本年新收政府信息公开申请数量", short: "本年新收", group: null, outcome: false },
  { key: "carried_over", label: "二、上年结转政府信息公开申请数量", short: "上年结转", group: null, outcome: false },
  { key: "granted", label: "（一）予以公开", short: "予以公开", group: null, outcome: true },
  {
    key: "partial",
    label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    short: "部分公开",
    group: null,
    outcome: true,
  },
  g("denied", "state_secret", "1.属于国家秘密", "属于国家秘密"),
  g("denied", "law_forbidden", "2.其他法律行政法规禁止公开", "其他法律行政法规禁止公开"),
  g("denied", "three_safety", "3.危及“三安全一稳定”", "危及“三安全一稳定”"),
  g("denied", "third_party", "4.保护第三方合法权益", "保护第三方合法权益"),
  g("denied", "internal_affairs", "5.属于三类内部事务信息", "属于三类内部事务信息"),
  g("denied", "process_info", "6.属于四类过程性信息", "属于四类过程性信息"),
  g("denied", "enforcement_file", "7.属于行政执法案卷", "属于行政执法案卷"),
  g("denied", "query_matter", "8.属于行政查询事项", "属于行政查询事项"),
  g("unavailable", "not_held", "1.本机关不掌握相关政府信息", "本机关不掌握相关政府信息"),
  g("unavailable", "needs_creation", "2.没有现成信息需要另行制作", "没有现成信息需要另行制作"),
  g("unavailable", "unclear", "3.补正后申请内容仍不明确", "补正后申请内容仍不明确"),
  g("not_processed", "petition", "1.信访举报投诉类申请", "信访举报投诉类申请"),
  g("not_processed", "repeat", "2.重复申请", "重复申请"),
  g("not_processed", "publication", "3.要求提供公开出版物", "要求提供公开出版物"),
  g("not_processed", "excessive", "4.无正当理由大量反复申请", "无正当理由大量反复申请"),
  g("not_processed", "confirm", "5.要求行政机关确认或重新出具已获取信息", "要求行政机关确认或重新出具已获取信息"),
  g(
    "other",
    "no_correction",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "逾期不补正",
  ),
  g(
    "other",
    "no_fee",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "逾期未缴纳费用",
  ),
  g("other", "other", "3.其他", "其他处理·其他"),
  { key: "total", label: "（七）总计", short: "（七）总计", group: null, outcome: false },
  { key: "carried_forward", label: "四、结转下年度继续办理", short: "结转下年度", group: null, outcome: false },
];

export const OUTCOME_ROWS: readonly ApplicationRow[] = APPLICATION_ROWS.filter((r) => r.outcome);

export const applicationCellId = (row: string, col: ApplicationColumn): string => `applications.${row}.${col}`;
/**
 * The catalogue's own id strings of each applications row, in column order: code that needs a row's
 * cells takes them from here rather than building ids with applicationCellId, whose fresh strings are
 * hashed on every lookup.
 */
export const APPLICATION_ROW_IDS: ReadonlyMap<string, readonly string[]> = new Map(
  APPLICATION_ROWS.map((r) => [r.key, APPLICATION_COLUMN_KEYS.map((c) => internalized(applicationCellId(r.key, c)))]),
);
export const APPLICATION_IDS: readonly string[] = [...APPLICATION_ROW_IDS.values()].flat();

/** One column's cells of an outcome row or of every row of a group ("denied" → its seven sub-rows). */
export function outcomeCellIds(rowOrGroup: string, col: ApplicationColumn = "total"): string[] {
  return OUTCOME_ROWS.filter((r) => r.key === rowOrGroup || r.group === rowOrGroup).map((r) => applicationCellId(r.key, col));
}

export const REVIEW_BLOCKS = [
  { key: "review", label: "行政复议" },
  { key: "litigation_direct", label: "行政诉讼·未经复议直接起诉" },
  { key: "litigation_after_review", label: "行政诉讼·复议后起诉" },
] as const;
export const REVIEW_RESULTS = [
  { key: "upheld", label: "结果维持" },
  { key: "corrected", label: "结果纠正" },
  { key: "other", label: "其他结果" },
  { key: "pending", label: "尚未审结" },
  { key: "total", label: "总计" },
] as const;
export const REVIEW_IDS: readonly string[] = REVIEW_BLOCKS.flatMap((b) => REVIEW_RESULTS.map((r) => internalized(`${b.key}.${r.key}`)));

/** All 200 value cells of the 2021 format, in printed order. */
export const ALL_CELL_IDS: readonly string[] = [...ACTIVE_IDS, ...APPLICATION_IDS, ...REVIEW_IDS];

/** The 22 extra 主动公开 cells of the 2019 trial format (国办公开办函〔2019〕60号). */
export const ACTIVE2019_ITEMS = [
  {
    key: "regulations",
    label: "规章",
    block: "第二十条第（一）项",
    columns: [
      { key: "new_made", label: "本年新制作数量" },
      { key: "new_published", label: "本年新公开数量" },
      { key: "total_published", label: "对外公开总数量" },
    ],
  },
  {
    key: "normative_documents",
    label: "规范性文件",
    block: "第二十条第（一）项",
    columns: [
      { key: "new_made", label: "本年新制作数量" },
      { key: "new_published", label: "本年新公开数量" },
      { key: "total_published", label: "对外公开总数量" },
    ],
  },
  ...(["licensing:行政许可:第二十条第（五）项", "other_services:其他对外管理服务事项:第二十条第（五）项", "punishment:行政处罚:第二十条第（六）项", "enforcement:行政强制:第二十条第（六）项"] as const).map(
    (s) => {
      const [key, label, block] = s.split(":") as [string, string, string];
      return {
        key,
        label,
        block,
        columns: [
          { key: "prev_items", label: "上一年项目数量" },
          { key: "change", label: "本年增/减" },
          { key: "decisions", label: "处理决定数量" },
        ],
      };
    },
  ),
  {
    key: "fees",
    label: "行政事业性收费",
    block: "第二十条第（八）项",
    columns: [
      { key: "prev_items", label: "上一年项目数量" },
      { key: "change", label: "本年增/减" },
    ],
  },
  {
    key: "procurement",
    label: "政府集中采购",
    block: "第二十条第（九）项",
    columns: [
      { key: "projects", label: "采购项目数量" },
      { key: "amount", label: "采购总金额" },
    ],
  },
] as const satisfies readonly ActiveItem[];

export const ACTIVE2019_IDS: readonly string[] = ACTIVE2019_ITEMS.flatMap((i) =>
  i.columns.map((c) => internalized(`active2019.${i.key}.${c.key}`)),
);

export interface CellLabel {
  readonly table: TableId;
  readonly tableLabel: string; // 二、主动公开政府信息情况
  readonly rowLabel: string;
  readonly columnLabel: string;
  readonly groupLabel?: string;
}

export const TABLE_LABELS: Record<TableId, string> = {
  active: "主动公开政府信息情况表",
  applications: "收到和处理政府信息公开申请情况表",
  review: "政府信息公开行政复议、行政诉讼情况表",
};

const LABELS = new Map<string, CellLabel>();
for (const item of ACTIVE_ITEMS)
  for (const c of item.columns)
    LABELS.set(`active.${item.key}.${c.key}`, {
      table: "active",
      tableLabel: TABLE_LABELS.active,
      rowLabel: item.label,
      columnLabel: c.label,
      groupLabel: item.block,
    });
for (const item of ACTIVE2019_ITEMS)
  for (const c of item.columns)
    LABELS.set(`active2019.${item.key}.${c.key}`, {
      table: "active",
      tableLabel: TABLE_LABELS.active,
      rowLabel: item.label,
      columnLabel: c.label,
      groupLabel: item.block,
    });
for (const r of APPLICATION_ROWS)
  for (const c of APPLICATION_COLUMNS)
    LABELS.set(applicationCellId(r.key, c.key), {
      table: "applications",
      tableLabel: TABLE_LABELS.applications,
      rowLabel: r.label,
      columnLabel: c.label,
      ...(r.groupLabel ? { groupLabel: r.groupLabel } : {}),
    });
for (const b of REVIEW_BLOCKS)
  for (const r of REVIEW_RESULTS)
    LABELS.set(`${b.key}.${r.key}`, {
      table: "review",
      tableLabel: TABLE_LABELS.review,
      rowLabel: b.label,
      columnLabel: r.label,
    });

/** Printed labels of a cell id, for messages; undefined for an unknown id. */
export function cellLabel(id: string): CellLabel | undefined {
  return LABELS.get(id);
}

export function isKnownCellId(id: string): boolean {
  return LABELS.has(id);
}

/** "收到和处理政府信息公开申请情况表「（一）予以公开」行「总计」列" */
export function describeCell(id: string): string {
  const l = LABELS.get(id);
  if (!l) return id;
  return `${l.tableLabel}「${l.rowLabel}」行「${l.columnLabel}」列`;
}
