// Starts the server on stdio or on Streamable HTTP with the given tools, rules and options.
// The CLI (`jiaohe mcp`) is the only caller; tests run the CLI as a child process.
import type { z } from "zod";
import type { ToolDefinition } from "../../tools/define.js";
import type { ToolDeps } from "../../tools/deps.js";
import type { ReportCatalog, RuleInfo } from "./resources.js";
import { createServer } from "./server.js";
import { startHttpServer } from "./http.js";
import { LineStdioTransport } from "./stdio.js";
import { packageVersion } from "./text.js";
import type { FilePolicy } from "./tools.js";

export interface ServeOptions {
  http: boolean;
  port: number;
  host: string;
  token?: string;
  allowedHosts: string[];
  /** Directories whose files may be read by path; undefined = any on stdio, none on HTTP. */
  filesRoots?: string[];
}

const log = (line: string) => process.stderr.write(line + "\n");

export function catalogOf(deps: ToolDeps): ReportCatalog {
  return {
    list: () =>
      deps.store.ids().map((id) => {
        const e = deps.store.get(id);
        return { id, name: e?.report.source.name ?? id };
      }),
    get: (id) => deps.store.get(id)?.report,
  };
}

export async function serve(
  options: ServeOptions,
  tools: readonly ToolDefinition<z.ZodType, z.ZodType, ToolDeps>[],
  rules: readonly RuleInfo[],
  makeToolDeps: (fileAccess: ToolDeps["fileAccess"]) => ToolDeps,
): Promise<void> {
  const roots = options.filesRoots?.length ? options.filesRoots : undefined;
  // The tool checks fileAccess; the adapter also confines paths (after resolving symlinks) for HTTP.
  const files: FilePolicy = roots ? { mode: "roots", roots } : options.http ? { mode: "refuse" } : { mode: "local" };
  const toolDeps = makeToolDeps(roots ? { roots } : options.http ? "none" : "any");
  const deps = { tools, toolDeps, reports: catalogOf(toolDeps), rules, files, version: packageVersion(), log };

  if (!options.http) {
    // stdout is the protocol channel: a stray console.log from any library would corrupt it.
    const toStderr = (...args: unknown[]) => console.error(...args);
    console.log = console.info = console.debug = console.warn = toStderr;
    const server = createServer(deps);
    const transport = new LineStdioTransport();
    transport.onclose = () => process.exit(0);
    await server.connect(transport);
    return;
  }
  const running = await startHttpServer(() => createServer(deps), {
    port: options.port,
    host: options.host,
    allowedHosts: options.allowedHosts,
    log,
    ...(options.token ? { token: options.token } : {}),
  }).catch((e: NodeJS.ErrnoException) => {
    // A taken or forbidden port is bad usage (exit 2), not an internal error.
    if (e.code === "EADDRINUSE" || e.code === "EACCES" || e.code === "EADDRNOTAVAIL" || e.code === "ENOTFOUND") {
      log(`jiaohe mcp：无法监听 ${options.host}:${options.port}（${e.code}）/ cannot listen on ${options.host}:${options.port} (${e.code})`);
      process.exit(2);
    }
    throw e;
  });
  log(`jiaohe MCP 服务已启动 / listening: ${running.url.href}${options.token ? "（需要 Bearer 令牌 / bearer token required）" : ""}`);
  if (!options.token && !isLoopback(options.host))
    log("警告：服务绑定在非本机地址且未设置令牌，任何能访问该端口的人都能调用。/ Warning: bound beyond loopback without a token.");
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

function isLoopback(host: string): boolean {
  return host === "127.0.0.1" || host === "localhost" || host === "::1" || host === "[::1]";
}
