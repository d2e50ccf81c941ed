// Reading a streamed chat completion into one assistant message, keeping what compatible servers
// add (DeepSeek's reasoning_content must be sent back inside a tool loop), and showing the text as
// it comes — but only the part that is complete up to a sentence break and passes the guard.
import type { ChatCompletionChunk } from "openai/resources/chat/completions";
import { checkNumbers } from "./guard.js";
import { renderSlots, type SlotResolver } from "./render.js";
import type { AgentEvent } from "./types.js";

export interface AssembledMessage {
  content: string;
  reasoning: string | null;
  toolCalls: { id: string; name: string; arguments: string }[];
  finishReason: string | null;
  usage: { prompt: number; completion: number; total: number } | null;
}

type DeltaExtras = { reasoning_content?: string | null };

export async function assemble(
  stream: AsyncIterable<ChatCompletionChunk>,
  onContent: (soFar: string) => void,
): Promise<AssembledMessage> {
  const msg: AssembledMessage = { content: "", reasoning: null, toolCalls: [], finishReason: null, usage: null };
  for await (const chunk of stream) {
    if (chunk.usage)
      msg.usage = { prompt: chunk.usage.prompt_tokens, completion: chunk.usage.completion_tokens, total: chunk.usage.total_tokens };
    const choice = chunk.choices?.[0];
    if (!choice) continue;
    const d = choice.delta as typeof choice.delta & DeltaExtras;
    if (d.reasoning_content) msg.reasoning = (msg.reasoning ?? "") + d.reasoning_content;
    if (d.content) {
      msg.content += d.content;
      onContent(msg.content);
    }
    for (const tc of d.tool_calls ?? []) {
      const slot = (msg.toolCalls[tc.index] ??= { id: "", name: "", arguments: "" });
      if (tc.id) slot.id = tc.id;
      if (tc.function?.name) slot.name += tc.function.name;
      if (tc.function?.arguments) slot.arguments += tc.function.arguments;
    }
    if (choice.finish_reason) msg.finishReason = choice.finish_reason;
  }
  msg.toolCalls = msg.toolCalls.filter((t) => t !== undefined);
  return msg;
}

const BREAK = /[，。；：！？、\n）」]/g;

/** Emits the filled, guarded prefix of the text as it grows; stops for good at the first violation. */
export class StreamGate {
  private shown = 0;
  private blocked = false;
  constructor(
    private readonly resolve: SlotResolver,
    private readonly emit: (e: AgentEvent) => void,
  ) {}

  get emittedAny(): boolean {
    return this.shown > 0;
  }

  update(template: string): void {
    if (this.blocked) return;
    let cut = -1;
    for (const m of template.matchAll(BREAK)) cut = (m.index ?? 0) + 1;
    if (cut <= 0) return;
    const prefix = template.slice(0, cut);
    if (prefix.lastIndexOf("{{") > prefix.lastIndexOf("}}")) return; // a slot still open
    if (!checkNumbers(prefix, this.resolve).ok) {
      this.blocked = true;
      return;
    }
    const text = renderSlots(prefix, this.resolve).text;
    if (text.length > this.shown) {
      this.emit({ type: "text", text: text.slice(this.shown) });
      this.shown = text.length;
    }
  }

  /** Sends the rest of an accepted answer. */
  finish(finalText: string): void {
    if (this.blocked || finalText.length <= this.shown) return;
    this.emit({ type: "text", text: finalText.slice(this.shown) });
    this.shown = finalText.length;
  }

  reset(reason: string): void {
    if (this.shown > 0) this.emit({ type: "reset", reason });
    this.shown = 0;
    this.blocked = false;
  }

  get isBlocked(): boolean {
    return this.blocked;
  }
}
