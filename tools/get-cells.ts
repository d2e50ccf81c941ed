import { z } from "zod";
import { ALL_CELL_IDS, ACTIVE2019_IDS } from "../src/model/cells.js";
import { defineTool, READ_ONLY } from "./define.js";
import { CellInfoSchema, cellInfo } from "./cell-info.js";
import { fail, lookup, ok, type ToolDeps } from "./deps.js";

export const GetCellsInput = z.object({
  reportId: z.string().describe("parse_report 返回的年报编号 / the reportId from parse_report"),
  cells: z
    .array(z.string())
    .min(1)
    .max(60)
    .describe(
      "单元格编号或前缀，如 applications.granted.total、applications.granted（整行 7 列）、review（整块）/ cell ids or prefixes (a prefix selects a whole row or block)",
    ),
});

export const GetCellsOutput = z.object({
  cells: z.array(CellInfoSchema).describe("按表格印刷顺序 / in printed order"),
  unknown: z.array(z.string()).describe("无法识别的编号 / ids or prefixes that match nothing"),
});

const MAX_CELLS = 120;

export default defineTool({
  name: "get_cells",
  title: "查看单元格 / Get cell values",
  description: {
    zh: "按编号或前缀取三张表中单元格的数值、印刷的行列标题、所在行号和槽位。回答关于某个数的问题、说明计算过程前先用它取数。编号规则：active.<事项>.<列>、applications.<行>.<列>（列：natural、commercial、research、social、legal、other、total）、review|litigation_direct|litigation_after_review.<结果>。",
    en: "Returns the values of cells by id or prefix, with their printed row and column labels, source line and slot. Ids: active.<item>.<column>, applications.<row>.<column> (columns natural, commercial, research, social, legal, other, total), review|litigation_direct|litigation_after_review.<result>.",
  },
  input: GetCellsInput,
  output: GetCellsOutput,
  annotations: READ_ONLY,
  async run(input, deps: ToolDeps) {
    const got = lookup(deps, input.reportId);
    if ("error" in got) return got.error;
    const { entry } = got;
    const universe = [...ALL_CELL_IDS, ...(entry.report.format === "2019" ? ACTIVE2019_IDS : [])];
    const chosen = new Set<string>();
    const unknown: string[] = [];
    for (const q of input.cells) {
      const key = q.trim().replace(/^\{\{|\}\}$/g, "");
      const hits = universe.filter((id) => id === key || id.startsWith(`${key}.`));
      if (!hits.length) unknown.push(q);
      for (const h of hits) chosen.add(h);
    }
    if (chosen.size > MAX_CELLS)
      return fail("too-many-cells", `所选单元格过多（${chosen.size} 个，上限 ${MAX_CELLS} 个）。`, "请用更具体的前缀，例如 applications.granted 而不是 applications。");
    if (!chosen.size)
      return fail("unknown-cells", `没有匹配的单元格：${unknown.join("、")}`, "示例：applications.new.total、applications.denied（整组）、review.total、active.fees.amount_wan_yuan。");
    return ok({ cells: universe.filter((id) => chosen.has(id)).map((id) => cellInfo(entry, id)), unknown });
  },
});
