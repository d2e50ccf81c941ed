// Streamable HTTP on plain node:http, stateless: every POST gets a fresh McpServer and transport
// (tools are pure functions of their input; loaded reports live in the shared deps, not in the
// server). In front: DNS-rebinding protection (the SDK's Host validation plus an Origin check),
// then the optional bearer token.
import { timingSafeEqual } from "node:crypto";
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { hostHeaderValidation } from "@modelcontextprotocol/sdk/server/middleware/hostHeaderValidation.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { ErrorCode } from "@modelcontextprotocol/sdk/types.js";

export const MCP_PATH = "/mcp";
/** 30 MB reader limit as base64 (×4/3) plus JSON framing. */
export const DEFAULT_MAX_BODY_BYTES = 48 * 1024 * 1024;
const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];
const WILDCARD = new Set(["0.0.0.0", "::", "[::]"]);

export interface HttpOptions {
  port: number;
  /** Interface to bind; 127.0.0.1 unless told otherwise. */
  host?: string;
  /** When set, every request must carry `Authorization: Bearer <token>`. */
  token?: string;
  /** Extra Host/Origin hostnames to accept (e.g. a LAN name when bound to 0.0.0.0). */
  allowedHosts?: string[];
  maxBodyBytes?: number;
  log?: (line: string) => void;
}

export interface RunningHttpServer {
  url: URL;
  port: number;
  close(): Promise<void>;
}

export async function startHttpServer(factory: () => McpServer, options: HttpOptions): Promise<RunningHttpServer> {
  const host = options.host ?? "127.0.0.1";
  const log = options.log ?? ((line: string) => process.stderr.write(line + "\n"));
  const names = allowedHostnames(host, options.allowedHosts ?? []);
  const checkHost = hostHeaderValidation(names);
  const token = options.token ? Buffer.from(options.token, "utf8") : undefined;

  const http = createHttpServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      log(`jiaohe mcp: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      if (!res.headersSent) rpcError(res, 500, ErrorCode.InternalError, "Internal error");
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!(await passes(checkHost, req, res))) return;
    const origin = req.headers.origin;
    if (origin !== undefined && !originAllowed(origin, names)) {
      rpcError(res, 403, -32000, `Invalid Origin: ${origin}`);
      return;
    }
    if (token && !bearerMatches(req.headers.authorization, token)) {
      res.setHeader("WWW-Authenticate", 'Bearer realm="jiaohe"');
      rpcError(res, 401, -32001, "Unauthorized: missing or wrong bearer token");
      return;
    }
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path !== MCP_PATH) {
      rpcError(res, 404, -32000, `Not found: the MCP endpoint is ${MCP_PATH}`);
      return;
    }
    if (req.method !== "POST") {
      // Stateless: no server-initiated stream (GET) and no session to delete (DELETE).
      res.setHeader("Allow", "POST");
      rpcError(res, 405, -32000, "Method not allowed: this server is stateless; use POST");
      return;
    }
    const server = factory();
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
      maxRequestBodySize: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    });
    res.on("close", () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res);
  }

  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(options.port, host, () => {
      http.off("error", reject);
      resolve();
    });
  });
  const port = (http.address() as AddressInfo).port;
  const urlHost = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
  const url = new URL(`http://${WILDCARD.has(host) ? "127.0.0.1" : urlHost}:${port}${MCP_PATH}`);
  return {
    url,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      }),
  };
}

function allowedHostnames(bind: string, extra: string[]): string[] {
  const names = new Set(LOOPBACK_NAMES);
  if (!WILDCARD.has(bind)) names.add(bind.includes(":") && !bind.startsWith("[") ? `[${bind}]` : bind);
  for (const h of extra) names.add(h.includes(":") && !h.startsWith("[") ? `[${h}]` : h);
  return [...names];
}

function originAllowed(origin: string, names: string[]): boolean {
  try {
    return names.includes(new URL(origin).hostname);
  } catch {
    return false;
  }
}

function bearerMatches(header: string | undefined, token: Buffer): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(header ?? "");
  if (!m?.[1]) return false;
  const given = Buffer.from(m[1].trim(), "utf8");
  return given.length === token.length && timingSafeEqual(given, token);
}

function rpcError(res: ServerResponse, status: number, code: number, message: string): void {
  res.writeHead(status, { "Content-Type": "application/json" }).end(
    JSON.stringify({ jsonrpc: "2.0", error: { code, message }, id: null }),
  );
}

/** Runs the SDK's Express-style middleware on plain node:http (it uses only status/json/next). */
type Middleware = ReturnType<typeof hostHeaderValidation>;
function passes(mw: Middleware, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  return new Promise((resolve) => {
    let status = 200;
    const shim = {
      status(code: number) {
        status = code;
        return shim;
      },
      json(body: unknown) {
        res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
        resolve(false);
        return shim;
      },
    };
    (mw as unknown as (q: IncomingMessage, s: typeof shim, n: () => void) => void)(req, shim, () => resolve(true));
  });
}
