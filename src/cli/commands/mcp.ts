// `jiaohe mcp`: the checker as an MCP server — stdio by default, Streamable HTTP with --http.
import { type Command, InvalidArgumentError } from "commander";

interface McpFlags {
  http?: boolean;
  port: number;
  host: string;
  token?: string;
  allowHost: string[];
  filesRoot: string[];
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError("端口应为 0–65535 的整数 / port must be an integer 0–65535");
  return n;
}
const collect = (value: string, previous: string[]) => [...previous, value];

export function register(program: Command): void {
  program
    .command("mcp")
    .description("作为 MCP 服务运行（默认 stdio；--http 为 Streamable HTTP）/ run as an MCP server (stdio, or Streamable HTTP with --http)")
    .option("--http", "以 Streamable HTTP 提供服务，而不是 stdio / serve Streamable HTTP instead of stdio")
    .option("--port <n>", "HTTP 端口（0 为任选空闲端口）/ HTTP port (0 picks a free one)", port, 8848)
    .option("--host <host>", "HTTP 绑定地址 / interface to bind", "127.0.0.1")
    .option("--token <token>", "要求 Authorization: Bearer <token>（也可用环境变量 JIAOHE_MCP_TOKEN）/ require this bearer token (or env JIAOHE_MCP_TOKEN)")
    .option("--allow-host <name>", "额外允许的 Host/Origin 主机名（可重复）/ extra allowed Host/Origin hostname (repeatable)", collect, [])
    .option(
      "--files-root <dir>",
      "允许按路径读取该目录下的文件（可重复）；HTTP 默认不接受路径 / allow reading files by path under this directory (repeatable); HTTP refuses paths otherwise",
      collect,
      [],
    )
    .addHelpText(
      "after",
      "\n示例 / examples:\n  jiaohe mcp\n  jiaohe mcp --http --port 8848 --token s3cret\n  JIAOHE_MCP_TOKEN=s3cret jiaohe mcp --http --host 0.0.0.0 --allow-host my-server.lan\n",
    )
    .action(async (flags: McpFlags) => {
      // Loaded here, not at the top: other commands (and --help) need not pay for the MCP SDK.
      const [{ TOOLS }, { createToolDeps }, { serve }, { RULES }] = await Promise.all([
        import("../../../tools/index.js"),
        import("../../../tools/deps.js"),
        import("../../mcp/serve.js"),
        import("../../rules/index.js"),
      ]);
      const token = flags.token ?? process.env.JIAOHE_MCP_TOKEN ?? undefined;
      await serve(
        {
          http: flags.http === true,
          port: flags.port,
          host: flags.host,
          allowedHosts: flags.allowHost,
          ...(token ? { token } : {}),
          ...(flags.filesRoot.length ? { filesRoots: flags.filesRoot } : {}),
        },
        TOOLS,
        RULES,
        (fileAccess) => createToolDeps({ fileAccess }),
      );
    });
}
