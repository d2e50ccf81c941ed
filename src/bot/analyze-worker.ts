// Worker thread entry: reads and checks one report at a time, so a slow or pathological file never
// stalls the other chats' replies on the main thread.
import { parentPort } from "node:worker_threads";
import { analyze } from "../core.js";
import { isInputError } from "../model/errors.js";
import type { ReportSource } from "./deps.js";

export type WorkerReply =
  | { id: number; ok: true; analysis: Awaited<ReturnType<typeof analyze>> }
  | { id: number; ok: false; input: { code: string; zh: string; en: string; where: string | null } | null; error: string };

parentPort?.on("message", (msg: { id: number; source: ReportSource; maxBytes: number }) => {
  analyze(msg.source, { limits: { maxBytes: msg.maxBytes } }).then(
    (analysis) => parentPort?.postMessage({ id: msg.id, ok: true, analysis } satisfies WorkerReply),
    (e: unknown) =>
      parentPort?.postMessage({
        id: msg.id,
        ok: false,
        input: isInputError(e) ? { code: e.code, zh: e.zh, en: e.en, where: e.where ?? null } : null,
        error: e instanceof Error ? e.name : typeof e,
      } satisfies WorkerReply),
  );
});
