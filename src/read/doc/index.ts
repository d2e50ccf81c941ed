// .doc reader: comes after PDF.
import { InputError } from "../../model/errors.js";
import type { Document } from "../blocks.js";
import type { FlowMeta } from "../flow.js";

export async function readDoc(_bytes: Uint8Array, meta: FlowMeta): Promise<Document> {
  throw new InputError("unsupported-format", `暂不支持 .doc：${meta.name}`, `.doc is not supported yet: ${meta.name}`, meta.name);
}
