// A small worker_threads pool: one task at a time per worker, a time limit per task, and a worker
// that crashes or hangs is replaced, its task reported as failed, the run going on.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { fill, REVIEW_UI } from "../explain/messages.js";
import type { TaskContext, TaskRequest, TaskResponse } from "./tasks.js";

interface Pending {
  id: number;
  req: TaskRequest;
  resolve: (r: TaskResponse) => void;
  /** Times this task was put back after another task's worker had to be replaced. */
  requeued: number;
}

interface Slot {
  worker: Worker;
  inflight: Map<number, { task: Pending; timer: NodeJS.Timeout }>;
}

/** The ESM entry of tsx's register API, found through tsx's own exports map (not the cwd). */
function tsxApi(self: string): string {
  const pkgFile = createRequire(self).resolve("tsx/package.json");
  const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as { exports: Record<string, { import?: { default?: string } }> };
  const rel = pkg.exports["./esm/api"]?.import?.default ?? "./dist/esm/api/index.mjs";
  return pathToFileURL(join(dirname(pkgFile), rel)).href;
}

function spawn(ctx: TaskContext): Worker {
  const self = import.meta.url;
  if (self.endsWith(".ts")) {
    // Running from source (tsx, vitest): the worker registers tsx before loading the TypeScript entry.
    const tsx = tsxApi(self);
    const entry = new URL("./worker.ts", self).href;
    const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(code, { eval: true, workerData: ctx });
  }
  return new Worker(new URL("./worker.js", self), { workerData: ctx });
}

// Readers wait at times (pdf.js loads fonts and maps asynchronously): a few tasks in flight per
// worker keep both cores busy through those waits.
export class TaskPool {
  private slots: Slot[] = [];
  private queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly ctx: TaskContext,
    readonly size: number,
    private readonly perWorker = 2,
    private readonly timeoutMs = 120_000,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.makeSlot());
  }

  private makeSlot(): Slot {
    const slot: Slot = { worker: spawn(this.ctx), inflight: new Map() };
    slot.worker.on("message", (msg: { id: number; res?: TaskResponse; crash?: string }) => {
      const entry = slot.inflight.get(msg.id);
      if (!entry) return;
      clearTimeout(entry.timer);
      slot.inflight.delete(msg.id);
      entry.task.resolve(msg.res ?? internal(words("workerNoAnswer", { why: msg.crash ?? "—" })));
      this.pump();
    });
    slot.worker.on("error", (e) => this.replace(slot, null, words("workerCrashed", { why: e.message })));
    slot.worker.on("exit", () => {
      if (!this.closed && slot.inflight.size > 0) this.replace(slot, null, words("workerExited", {}));
    });
    return slot;
  }

  /** Replaces a worker: the task to blame (or, if unknown, every task on it) fails; the others go back in the queue. */
  private replace(slot: Slot, culprit: number | null, why: Words): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    const tasks = [...slot.inflight.values()];
    for (const t of tasks) clearTimeout(t.timer);
    slot.inflight.clear();
    void slot.worker.terminate();
    if (this.closed) return;
    this.slots[i] = this.makeSlot();
    for (const { task } of tasks) {
      // A task that keeps sharing a worker with crashes is itself suspect after two tries.
      if (task.id === culprit || (culprit === null && task.requeued >= 2)) task.resolve(internal(why));
      else {
        task.requeued++;
        this.queue.unshift(task);
      }
    }
    this.pump();
  }

  private pump(): void {
    for (;;) {
      const slot = this.slots.reduce<Slot | null>((best, s) => (s.inflight.size < this.perWorker && (!best || s.inflight.size < best.inflight.size) ? s : best), null);
      if (!slot) return;
      const next = this.queue.shift();
      if (!next) return;
      const timer = setTimeout(() => this.replace(slot, next.id, words("timeout", { seconds: Math.round(this.timeoutMs / 1000) })), this.timeoutMs);
      slot.inflight.set(next.id, { task: next, timer });
      slot.worker.postMessage({ id: next.id, req: next.req });
    }
  }

  run(req: TaskRequest): Promise<TaskResponse> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, req, resolve, requeued: 0 });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

type Words = { zh: string; en: string };
type WordKey = "workerNoAnswer" | "workerCrashed" | "workerExited" | "timeout";

function words(key: WordKey, data: Record<string, string | number>): Words {
  return { zh: fill(REVIEW_UI.zh[key], data), en: fill(REVIEW_UI.en[key], data) };
}

function internal(why: Words): TaskResponse {
  return { ok: false, sha256: null, cached: false, error: { code: "internal", zh: why.zh, en: why.en, internal: true } };
}
