// The label catalogue in matchable form, built once at module load.
import { APPLICATION_COLUMNS, APPLICATION_GROUP_LABELS, APPLICATION_ROWS } from "../model/cells.js";
import { type LabelSpec, spec } from "./anchors.js";

const SHORT_EXACT = new Set(["other.other", "total"]);

export const APPLICATION_ROW_SPECS: readonly LabelSpec[] = APPLICATION_ROWS.map((r) => {
  if (SHORT_EXACT.has(r.key)) return spec(r.key, r.label, { exactOnly: true });
  if (r.key === "partial") {
    // the parenthetical is often broken by the layout and carries no numbers: match the stem
    const s = spec(r.key, r.label);
    return { ...s, pattern: "部分公开" };
  }
  return spec(r.key, r.label);
});

export const APPLICATION_GROUP_SPECS: readonly LabelSpec[] = [
  spec("group.result", "三、本年度办理结果"),
  ...Object.entries(APPLICATION_GROUP_LABELS).map(([k, label]) => spec(`group.${k}`, label)),
];

/** Header words of the applications table, in printed order (the catalogue's own labels). */
export const APPLICANT_HEADER: readonly { key: string; label: string }[] = APPLICATION_COLUMNS;

export const FORMAT2019_SIGNALS = [
  "本年新制作数量",
  "本年新公开数量",
  "对外公开总数量",
  "上一年项目数量",
  "本年增/减",
  "其他对外管理服务事项",
  "第二十条第(九)项",
  "政府集中采购",
  "采购项目数量",
  "采购总金额",
];
export const FORMAT2021_SIGNALS = ["本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额"];

/** Row index in APPLICATION_ROWS by key. */
export const APPLICATION_ROW_INDEX: ReadonlyMap<string, number> = new Map(APPLICATION_ROWS.map((r, i) => [r.key, i]));
