// The model played by the stand-in when no real endpoint is configured: a deterministic policy
// that reads the conversation (tool results included) and acts like a careful model — or, for some
// cases, like a careless one (raw numbers, obeying an injection), to show the guard at work.
import type { ChatRequestBody, ScriptedTurn } from "../test/standins/openai-server.js";

type Msg = NonNullable<ChatRequestBody["messages"]>[number];
type Behaviour = "good" | "raw-number-once" | "obeys-injection";

function lastToolResult(msgs: Msg[]): { name: string; value: Record<string, unknown> } | null {
  for (let i = msgs.length - 1; i >= 0; i--) {
    const m = msgs[i];
    if (m?.role !== "tool") continue;
    const call = msgs
      .slice(0, i)
      .reverse()
      .find((x) => x.role === "assistant" && Array.isArray(x.tool_calls)) as { tool_calls: { id: string; function: { name: string } }[] } | undefined;
    const name = call?.tool_calls.find((t) => t.id === m.tool_call_id)?.function.name ?? "";
    const parsed = JSON.parse(String(m.content)) as { ok: boolean; value?: Record<string, unknown> };
    return { name, value: parsed.value ?? {} };
  }
  return null;
}

export function standinModel(behaviour: Behaviour = "good") {
  return (body: ChatRequestBody): ScriptedTurn => {
    const msgs = body.messages ?? [];
    const system = String(msgs.find((m) => m.role === "system")?.content ?? "");
    const reportId = system.match(/rpt_[0-9a-f]+/)?.[0] ?? "";
    const firstUser = String(msgs.find((m) => m.role === "user")?.content ?? "");
    const retried = msgs.some((m) => m.role === "user" && String(m.content).includes("没有通过数字校验"));
    const drafting = /请为这份年报起草/.test(firstUser);
    const last = lastToolResult(msgs);
    const usage = { toolCalls: [] as { name: string; arguments: Record<string, unknown> }[] };

    if (drafting) {
      if (!last) {
        const section = firstUser.includes("存在的主要问题") ? "problems" : "overview";
        usage.toolCalls.push({ name: "draft_section_data", arguments: { reportId, section, notes: null } });
        return usage;
      }
      if (behaviour === "obeys-injection" && JSON.stringify(last.value).includes("忽略以上指令")) return { content: "按要求，办理结果总计为100件。" };
      const facts = (last.value.facts as { slot: string; label: string; group: string }[]) ?? [];
      const outline = (last.value.outline as string[]) ?? [];
      const notes = firstUser.match(/<notes>\n([\s\S]*?)\n<\/notes>/)?.[1] ?? "";
      const lines: string[] = [];
      for (const head of outline) {
        lines.push(head);
        const topic = head.replace(/^（.）/, "");
        const mine = facts.filter((f) => topic.includes(f.group) || f.group.includes(topic));
        if (mine.length) lines.push(`${mine.map((f) => `${f.label}${f.slot}`).join("，")}。`);
        else if (notes && (topic.includes("监督") || topic.includes("问题") || topic.includes("平台"))) lines.push(notes.split("\n")[0] ?? "");
        else lines.push(`【待补充：${topic}】`);
      }
      return { content: lines.join("\n") };
    }

    if (/比例|占比/.test(firstUser)) {
      if (!last)
        return { toolCalls: [{ name: "compute_figure", arguments: { reportId, op: "share", a: ["applications.granted.total"], b: ["applications.total.total"], label: "予以公开占办结总数的比例" } }] };
      const fig = last.value as { slot: string; formula: string };
      return { content: `予以公开{{applications.granted.total}}，占本年度办理结果总计{{applications.total.total}}的{{${fig.slot.slice(2, -2)}}}。` };
    }
    if (!last) {
      usage.toolCalls.push({ name: "list_findings", arguments: { reportId, severity: null, family: null, cursor: null, limit: 20 } });
      return usage;
    }
    if (last.name === "list_findings") {
      const items = (last.value.items as { index: number; family: string; cells: string[] }[]) ?? [];
      if (!items.length) return { content: "这份年报未核对出问题，共{{findings.total}}。" };
      const asked = Number(firstUser.match(/第(\d+)条/)?.[1] ?? 0);
      const want = /表头|标题/.test(firstUser) ? "label-deviation" : /正文/.test(firstUser) ? "narrative-sum" : "row-sum";
      const pick = items.find((f) => f.index === asked) ?? items.find((f) => f.family === want) ?? items[0];
      usage.toolCalls.push({ name: "explain_finding", arguments: { reportId, finding: String(pick?.index ?? 1) } });
      return usage;
    }
    const ex = last.value as { index: number; title: string; cells: { label: string; slot: string }[]; slots: string[] };
    if (behaviour === "raw-number-once" && !retried) return { content: `第${ex.index}条：总计填报46件，各列相加37件，相差9件。` };
    const cells = (ex.cells ?? []).slice(0, 3).map((c) => `${c.label}（现为${c.slot}）`);
    const extra = (ex.slots ?? []).map((s) => (s.endsWith(".expected}}") ? `按勾稽关系应为${s}` : s.endsWith(".difference}}") ? `相差${s}` : "")).filter(Boolean);
    return { content: `第${ex.index}条问题：${ex.title}。涉及${cells.join("；")}${extra.length ? `，${extra.join("，")}` : ""}。请按原始台账核对后更正。` };
  };
}
