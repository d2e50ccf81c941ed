// A few worker threads that run the core's analyze(): one report per worker at a time, a time
// limit per report (a worker that overruns is replaced and the person told why), FIFO queue.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { InputError, type InputErrorCode } from "../model/errors.js";
import type { Finding } from "../model/finding.js";
import type { Report } from "../model/report.js";
import type { WorkerReply } from "./analyze-worker.js";
import type { ReportSource } from "./deps.js";

type Analysis = { report: Report; findings: Finding[] };

interface Task {
  id: number;
  source: ReportSource;
  resolve: (a: Analysis) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer?: NodeJS.Timeout;
}

function spawn(): Worker {
  const self = import.meta.url;
  if (!self.endsWith(".ts")) return new Worker(new URL("./analyze-worker.js", self));
  // From source (tsx, vitest): register tsx inside the worker before loading the TypeScript entry.
  const pkgFile = createRequire(self).resolve("tsx/package.json");
  const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as { exports: Record<string, { import?: { default?: string } }> };
  const api = pathToFileURL(join(dirname(pkgFile), pkg.exports["./esm/api"]?.import?.default ?? "./dist/esm/api/index.mjs")).href;
  const entry = new URL("./analyze-worker.ts", self).href;
  return new Worker(`import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
}

export class AnalyzePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    size: number,
    private readonly timeoutMs: number,
    private readonly maxBytes: number,
  ) {
    for (let i = 0; i < Math.max(1, size); i++) {
      const slot = { task: null } as unknown as Slot;
      this.start(slot);
      this.slots.push(slot);
    }
  }

  /** Gives the slot a fresh worker; events of a replaced worker are ignored. */
  private start(slot: Slot): void {
    const w = spawn();
    slot.worker = w;
    w.unref();
    w.on("message", (r: WorkerReply) => slot.worker === w && this.settle(slot, r));
    w.on("error", () => slot.worker === w && this.replace(slot, new Error("analysis worker crashed")));
    w.on("exit", () => slot.worker === w && !this.closed && this.replace(slot, new Error("analysis worker exited")));
  }

  analyze(source: ReportSource): Promise<Analysis> {
    if (this.closed) return Promise.reject(new Error("analysis pool closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, source, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.task || this.queue.length === 0) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(() => this.replace(slot, timeoutError(this.timeoutMs)), this.timeoutMs);
      slot.worker.postMessage({ id: task.id, source: task.source, maxBytes: this.maxBytes });
    }
  }

  private settle(slot: Slot, r: WorkerReply): void {
    const task = slot.task;
    if (!task || task.id !== r.id) return;
    clearTimeout(slot.timer);
    slot.task = null;
    if (r.ok) task.resolve(r.analysis);
    else if (r.input) task.reject(new InputError(r.input.code as InputErrorCode, r.input.zh, r.input.en, r.input.where ?? undefined));
    else task.reject(new Error(`analysis failed in worker: ${r.error}`));
    this.pump();
  }

  /** A hung or crashed worker is terminated and replaced; its task fails with `reason`. */
  private replace(slot: Slot, reason: unknown): void {
    clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = null;
    const old = slot.worker;
    if (!this.closed) this.start(slot);
    void old.terminate();
    task?.reject(reason);
    this.pump();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new Error("analysis pool closed"));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

function timeoutError(ms: number): InputError {
  const s = Math.round(ms / 1000);
  return new InputError(
    "unreadable",
    `这份文件处理时间过长（超过 ${s} 秒），可能已损坏或过于复杂。请另存为 .docx 后重发，或直接粘贴报告正文。`,
    `Processing took too long (over ${s} s); the file may be damaged or too complex. Save it as .docx or paste the text.`,
  );
}
