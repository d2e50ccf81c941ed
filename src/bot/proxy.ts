// Reaching Telegram through an HTTP(S) proxy (it is blocked on many networks): an https.Agent that
// opens each connection with CONNECT through the proxy, then TLS to Telegram. No extra package.
import { request as httpRequest } from "node:http";
import { Agent, type RequestOptions } from "node:https";
import { isIP } from "node:net";
import type { Duplex } from "node:stream";
import { connect as tlsConnect } from "node:tls";

/** `tls` adds trust settings for the tunnelled connection (tests use a private CA). */
export function proxyAgent(proxyUrl: string, tls: { ca?: string | Buffer } = {}): Agent {
  const proxy = new URL(proxyUrl);
  const auth = proxy.username ? `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString("base64")}` : undefined;
  class ConnectAgent extends Agent {
    override createConnection(options: RequestOptions, callback?: (err: Error | null, stream: Duplex) => void): undefined {
      const done = callback ?? (() => undefined);
      const host = options.hostname ?? options.host ?? "";
      const target = `${host}:${options.port ?? 443}`;
      const req = httpRequest({
        host: proxy.hostname,
        port: Number(proxy.port || 80),
        method: "CONNECT",
        path: target,
        headers: { host: target, ...(auth ? { "proxy-authorization": auth } : {}) },
      });
      req.once("connect", (res, socket) => {
        if (res.statusCode !== 200) {
          socket.destroy();
          done(new Error(`proxy CONNECT failed: HTTP ${res.statusCode}`), socket);
          return;
        }
        // Request options (ca, rejectUnauthorized) apply to the tunnelled TLS as they would directly.
        const { ca, cert, key, rejectUnauthorized } = options;
        const servername = options.servername ?? (isIP(host) ? undefined : host);
        done(null, tlsConnect({ socket, ...(servername ? { servername } : {}), ca, cert, key, ...(rejectUnauthorized === undefined ? {} : { rejectUnauthorized }) }));
      });
      req.once("error", (e) => done(e, req.socket as Duplex));
      req.end();
      return undefined;
    }
  }
  return new ConnectAgent({ keepAlive: true, ...tls });
}
