// Worker thread entry: runs review tasks one at a time and posts each outcome back.
import { parentPort, workerData } from "node:worker_threads";
import { runTask, type TaskContext, type TaskRequest } from "./tasks.js";

const ctx = workerData as TaskContext;
const port = parentPort;
if (port) {
  port.on("message", (msg: { id: number; req: TaskRequest }) => {
    runTask(msg.req, ctx).then(
      (res) => port.postMessage({ id: msg.id, res }),
      (e: unknown) => port.postMessage({ id: msg.id, crash: e instanceof Error ? e.message : String(e) }),
    );
  });
}
