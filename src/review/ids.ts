import { createHash } from "node:crypto";

/** A report's stable id: a hash of its name in the folder (so it survives edits of the file). */
export const reportId = (name: string): string => createHash("sha256").update(name).digest("hex").slice(0, 12);
