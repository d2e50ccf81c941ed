// HTTPS_PROXY support: API calls and file downloads tunnel through an HTTP CONNECT proxy, with
// the proxy's credentials, to a TLS server (here a local one with a throwaway certificate).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer as createHttpServer, type Server } from "node:http";
import { get as httpsGet, createServer as createHttpsServer } from "node:https";
import { type AddressInfo, connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Api } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { downloadFile } from "../src/bot/download.js";
import { proxyAgent } from "../src/bot/proxy.js";
import { isInputError } from "../src/model/errors.js";

let dir: string;
let cert: Buffer;
let target: ReturnType<typeof createHttpsServer>;
let proxy: Server;
const tunnels: { target: string; auth: string | undefined }[] = [];
const port = (s: { address(): unknown }) => (s.address() as AddressInfo).port;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "jiaohe-proxy-"));
  execFileSync("openssl", [
    "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
    "-addext", "subjectAltName=DNS:localhost", "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem"),
  ], { stdio: "ignore" });
  cert = readFileSync(join(dir, "cert.pem"));
  target = createHttpsServer({ key: readFileSync(join(dir, "key.pem")), cert }, (req, res) => {
    if (req.url === "/file/bot1:tok/documents/a.txt") res.end("年报正文");
    else if (req.url === "/file/bot1:tok/documents/big.txt") res.end(Buffer.alloc(5000, 0x41));
    else if (req.url === "/bot1:tok/getMe")
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, result: { id: 1, is_bot: true, first_name: "校核", username: "jiaohe_bot" } }));
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => target.listen(0, "127.0.0.1", r));
  proxy = createHttpServer();
  proxy.on("connect", (req, socket, head) => {
    tunnels.push({ target: req.url ?? "", auth: req.headers["proxy-authorization"] });
    if (req.headers["proxy-authorization"] !== `Basic ${Buffer.from("user:p@ss").toString("base64")}`) {
      socket.end("HTTP/1.1 407 Proxy Authentication Required\r\n\r\n");
      return;
    }
    // Every tunnel goes to the local TLS server, whatever host was asked for.
    const upstream = connect(port(target), "127.0.0.1", () => {
      socket.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on("error", () => socket.destroy());
    socket.on("error", () => upstream.destroy());
  });
  await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", r));
});

afterAll(async () => {
  proxy.closeAllConnections();
  target.closeAllConnections();
  await new Promise<void>((r) => proxy.close(() => r()));
  await new Promise<void>((r) => target.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

describe("proxyAgent", () => {
  it("tunnels HTTPS requests with the proxy's credentials", async () => {
    const agent = proxyAgent(`http://user:p%40ss@127.0.0.1:${port(proxy)}`, { ca: cert });
    const body = await new Promise<string>((resolve, reject) => {
      httpsGet("https://localhost:443/file/bot1:tok/documents/a.txt", { agent }, (res) => {
        let s = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (s += c));
        res.on("end", () => resolve(s));
      }).on("error", reject);
    });
    expect(body).toBe("年报正文");
    expect(tunnels.at(-1)).toEqual({ target: "localhost:443", auth: `Basic ${Buffer.from("user:p@ss").toString("base64")}` });
    agent.destroy();
  });

  it("downloads the person's file through the proxy, with the byte cap", async () => {
    const agent = proxyAgent(`http://user:p%40ss@127.0.0.1:${port(proxy)}`, { ca: cert });
    const bytes = await downloadFile("https://localhost", "1:tok", "documents/a.txt", 1000, "a.txt", agent);
    expect(Buffer.from(bytes).toString("utf8")).toBe("年报正文");
    const err = await downloadFile("https://localhost", "1:tok", "documents/big.txt", 1000, "big.txt", agent).catch((e: unknown) => e);
    expect(isInputError(err) && err.code).toBe("too-large");
    agent.destroy();
  });

  it("carries grammY's API calls (the client options createBot uses)", async () => {
    const agent = proxyAgent(`http://user:p%40ss@127.0.0.1:${port(proxy)}`, { ca: cert });
    const api = new Api("1:tok", { apiRoot: "https://localhost", baseFetchConfig: { agent, compress: true } });
    const before = tunnels.length;
    expect((await api.getMe()).username).toBe("jiaohe_bot");
    expect(tunnels.length).toBeGreaterThan(before);
    agent.destroy();
  });

  it("reports a refused tunnel as an error, not a hang", async () => {
    const agent = proxyAgent(`http://user:wrong@127.0.0.1:${port(proxy)}`, { ca: cert });
    const err = await downloadFile("https://localhost", "1:tok", "documents/a.txt", 1000, "a.txt", agent).catch((e: unknown) => e);
    expect(String(err)).toContain("407");
    agent.destroy();
  });
});
