// The agent's own Chinese notices to people (everything else comes from prompts/ or the tools).
export const NO_MODEL_NOTICE =
  "（未配置大模型：以下为确定性核对结果。设置 JIAOHE_MODEL、OPENAI_BASE_URL、OPENAI_API_KEY 后可对话提问和起草。）";

export const FALLBACK_NOTICE = {
  guard: "（模型回答中出现了不是由工具取得的数字，已弃用；以下为确定性结果。）",
  rounds: "（模型调用工具的轮数超过上限，已停止；以下为确定性结果。）",
  timeout: "（模型服务超时；以下为确定性结果。）",
  rateLimit: "（模型服务繁忙（请求过多），重试后仍失败；以下为确定性结果。）",
  auth: "（模型服务拒绝了密钥（401/403），请检查 OPENAI_API_KEY；以下为确定性结果。）",
  http: (status: number | string, msg: string) => `（模型服务出错（${status}）：${msg}；以下为确定性结果。）`,
  connection: "（无法连接模型服务，请检查 OPENAI_BASE_URL；以下为确定性结果。）",
  empty: "（模型没有给出回答；以下为确定性结果。）",
  aborted: "（已取消；以下为确定性结果。）",
} as const;
