// Every line of the bot's own user interface, in Chinese (HTML-safe: no < > & unless markup).
// Findings' wording is not here: it comes from src/explain (one place for the checker's words).

export const COMMANDS = [
  { command: "start", description: "开始使用" },
  { command: "help", description: "使用说明" },
  { command: "check", description: "核对刚才粘贴的报告" },
  { command: "draft", description: "起草一节文字，如 /draft 总体情况" },
  { command: "reset", description: "清除当前报告和对话" },
] as const;

export const M = {
  welcome:
    "您好！我是<b>校核</b>，帮您核对政府信息公开工作年度报告（2021 年新版格式）。\n\n" +
    "把报告发给我就行：\n" +
    "• 直接粘贴正文（较长时可分几条发，发完等几秒或发 /check）；\n" +
    "• 或者发送文件：.docx、.doc、.pdf、.html、.txt、.md。\n\n" +
    "我会列出表格里算不平、缺列、格式不规范等问题，每条都可以点「解释」「怎么改」。之后可以直接问我，例如「为什么表三不平？」。\n" +
    "发送 /help 查看全部用法。",
  help:
    "<b>用法</b>\n" +
    "1. 发送报告：粘贴正文，或发送 .docx、.doc、.pdf、.html、.txt、.md 文件。\n" +
    "2. 粘贴分成多条时，发完等几秒，或发 /check 立即核对。\n" +
    "3. 每条问题下面有「解释」「怎么改」按钮。\n" +
    "4. 直接提问，例如「为什么表三不平？」「结转下年度是怎么算的？」。\n" +
    "5. /draft 总体情况 —— 按报告数据起草一节文字（也可以写 /draft 存在的主要问题）。\n" +
    "6. /reset —— 清除当前报告和对话记录。\n\n" +
    "说明：报告只用于本次核对，保存在本机，{ttl} 小时不用后自动删除；不同聊天之间互不可见。",
  notAllowed: "抱歉，这个机器人仅供受邀请的单位使用。如有邀请码，请发送 /start 邀请码。",
  admitted: "邀请码正确，欢迎使用！",
  wrongCode: "邀请码不对，请核对后再发 /start 邀请码。",
  working: "正在核对《{name}》……",
  nothingToCheck: "还没有收到报告。请粘贴报告正文，或发送报告文件。",
  noReport: "请先发送一份报告（粘贴正文或发送文件），我核对后才能回答与报告有关的问题。",
  reset: "已清除当前报告和对话记录。可以发送新的报告了。",
  unsupportedFile: "暂不支持这种文件（{name}）。请发送 .docx、.doc、.pdf、.html、.txt 或 .md 文件。",
  fileTooLarge: "文件太大（{size}），上限为 {max}。请压缩图片、删去附件后重发，或直接粘贴报告正文。",
  downloadFailed: "文件下载失败，请稍后重发。",
  inputError: "无法读取这份报告：{reason}",
  internalError: "抱歉，处理时出了问题，请稍后再试。如果反复出现，请把报告文件发给管理员。",
  staleButton: "这条按钮属于之前的报告。请看最新一次的核对结果，或重新发送报告。",
  unknownFinding: "找不到这条问题，请重新发送报告。",
  clean: "✅ 《{name}》没有发现问题。\n表格勾稽关系和格式都已核对。",
  summary: "《{name}》发现 <b>{count}</b> 个问题（{severities}）：\n{tables}",
  moreInFile: "问题较多，以上是最重要的 {shown} 条；完整清单见附件。",
  fileCaption: "《{name}》核对结果（{count} 个问题）",
  draftUsage: "请告诉我要起草哪一节，例如：/draft 总体情况、/draft 存在的主要问题。",
  askHint: "可以点问题下面的按钮，或直接提问，例如「为什么表三不平？」。",
  photo: "暂时不能识别图片或扫描件。请发送报告的 Word、PDF（带文字层）或网页文件，或直接粘贴正文。",
  unhandled: "我能处理报告正文（粘贴）、报告文件和文字提问。发送 /help 查看用法。",
  rethinking: "正在重新组织回答……",
  noModel: "（当前未接入大模型，以下为按核对结果给出的回答。）",
} as const;

export const BUTTONS = { explain: "解释", fix: "怎么改" } as const;

export const SEVERITY_LABEL = { error: "错误", warning: "提示", info: "参考" } as const;
export const SEVERITY_ICON = { error: "❌", warning: "⚠️", info: "ℹ️" } as const;

/** Fills {name} placeholders; values are inserted as given (escape them first when they are text). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
