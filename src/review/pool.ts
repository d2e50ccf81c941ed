// A small worker_threads pool: one task at a time per worker, a time limit per task, and a worker
// that crashes or hangs is replaced, its task reported as failed, the run going on.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { TaskContext, TaskRequest, TaskResponse } from "./tasks.js";

interface Pending {
  id: number;
  req: TaskRequest;
  resolve: (r: TaskResponse) => void;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
  timer: NodeJS.Timeout | null;
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

export class TaskPool {
  private slots: Slot[] = [];
  private queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly ctx: TaskContext,
    readonly size: number,
    private readonly timeoutMs = 120_000,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.makeSlot());
  }

  private makeSlot(): Slot {
    const slot: Slot = { worker: spawn(this.ctx), busy: null, timer: null };
    slot.worker.on("message", (msg: { id: number; res?: TaskResponse; crash?: string }) => {
      const p = slot.busy;
      if (!p || p.id !== msg.id) return;
      this.finish(slot, msg.res ?? internal(`worker: ${msg.crash ?? "no answer"}`));
    });
    slot.worker.on("error", (e) => this.replace(slot, `工作线程异常退出：${e.message}`));
    slot.worker.on("exit", () => {
      if (!this.closed && slot.busy) this.replace(slot, "工作线程意外退出");
    });
    return slot;
  }

  private replace(slot: Slot, why: string): void {
    const p = slot.busy;
    if (slot.timer) clearTimeout(slot.timer);
    slot.busy = null;
    slot.timer = null;
    void slot.worker.terminate();
    if (this.closed) return;
    const fresh = this.makeSlot();
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots[i] = fresh;
    if (p) p.resolve(internal(why));
    this.pump();
  }

  private finish(slot: Slot, res: TaskResponse): void {
    const p = slot.busy;
    if (slot.timer) clearTimeout(slot.timer);
    slot.busy = null;
    slot.timer = null;
    p?.resolve(res);
    this.pump();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const next = this.queue.shift();
      if (!next) return;
      slot.busy = next;
      slot.timer = setTimeout(() => this.replace(slot, `处理超时（超过 ${Math.round(this.timeoutMs / 1000)} 秒）`), this.timeoutMs);
      slot.worker.postMessage({ id: next.id, req: next.req });
    }
  }

  run(req: TaskRequest): Promise<TaskResponse> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, req, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

function internal(zh: string): TaskResponse {
  return { ok: false, sha256: null, cached: false, error: { code: "internal", zh, en: zh, internal: true } };
}
