// The agent's entry points. Surfaces use only these.
//   const config = loadAgentConfig(process.env);           // null: no model configured
//   const agent = config ? createAgent(config) : null;
//   const answer = agent ? await agent.ask(ctx, "为什么这张表不平？", { onDelta })
//                        : answerWithoutModel(ctx, "为什么这张表不平？");
export { loadAgentConfig, AgentConfigSchema, type AgentConfig, type AgentConfigInput, PROVIDERS } from "./config.js";
export { createAgent, TOOL_ROUND, type CreateAgentOptions } from "./agent.js";
export { answerWithoutModel, draftWithoutModel, draftSkeleton, NO_MODEL_NOTICE } from "./fallback.js";
export { checkNumbers, type GuardResult, type GuardViolation } from "./guard.js";
export { renderSlots, type RenderResult } from "./render.js";
export { reportFromData, ReportDataSchema, type ReportData } from "./data.js";
export type {
  Agent,
  AgentAnswer,
  AgentEvent,
  AgentUsage,
  AskOptions,
  ChatTurn,
  DraftOptions,
  DraftSection,
  ReportContext,
  SlotUse,
  ToolCallRecord,
} from "./types.js";
