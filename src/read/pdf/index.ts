// PDF reader: comes next (text items → lines and table cells by geometry).
import { InputError } from "../../model/errors.js";
import type { Document } from "../blocks.js";
import type { FlowMeta } from "../flow.js";

export async function readPdf(_bytes: Uint8Array, meta: FlowMeta, _maxPages: number): Promise<Document> {
  throw new InputError("unsupported-format", `暂不支持 PDF：${meta.name}`, `PDF is not supported yet: ${meta.name}`, meta.name);
}
