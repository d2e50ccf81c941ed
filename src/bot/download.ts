// Downloads a file the person sent, from <apiRoot>/file/bot<token>/<file_path> with the global
// fetch (not @grammyjs/files: it cannot use a plain-HTTP API root and never checks the status),
// checking the HTTP status, the announced length and a byte cap while reading.
import { type Agent, get } from "node:https";
import { InputError } from "../model/errors.js";

export function megabytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

export function tooLarge(size: number, max: number, name: string): InputError {
  return new InputError(
    "too-large",
    `文件过大（${megabytes(size)}），上限为 ${megabytes(max)}：${name}`,
    `File too large (${megabytes(size)}; the limit is ${megabytes(max)}): ${name}`,
    name,
  );
}

export async function downloadFile(
  apiRoot: string,
  token: string,
  filePath: string,
  maxBytes: number,
  name: string,
  agent?: Agent,
): Promise<Uint8Array> {
  const url = `${apiRoot}/file/bot${token}/${filePath.split("/").map(encodeURIComponent).join("/")}`;
  if (agent) return viaAgent(url, agent, maxBytes, name);
  const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  if (!res.ok || !res.body) {
    await res.body?.cancel();
    throw new Error(`download failed: HTTP ${res.status}`);
  }
  const announced = Number(res.headers.get("content-length") ?? NaN);
  if (announced > maxBytes) {
    await res.body.cancel();
    throw tooLarge(announced, maxBytes, name);
  }
  return collect(res.body as unknown as AsyncIterable<Uint8Array>, maxBytes, name);
}

async function collect(body: AsyncIterable<Uint8Array>, maxBytes: number, name: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge(total, maxBytes, name);
    chunks.push(chunk);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Through a proxy (global fetch ignores agents): node's https with the same checks. */
function viaAgent(url: string, agent: Agent, maxBytes: number, name: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const req = get(url, { agent, timeout: 60_000 }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`download failed: HTTP ${res.statusCode}`));
        return;
      }
      const announced = Number(res.headers["content-length"] ?? NaN);
      if (announced > maxBytes) {
        res.destroy();
        reject(tooLarge(announced, maxBytes, name));
        return;
      }
      collect(res, maxBytes, name).then(resolve, (e: unknown) => {
        res.destroy();
        reject(e);
      });
    });
    req.on("timeout", () => req.destroy(new Error("download timed out")));
    req.on("error", reject);
  });
}
