import type { EscalationReason, MessageEvent } from "@helios/contracts";
import { newId } from "../ids";
import type { MessageItem } from "../message/message";
import { STATUS_RANK } from "../message/message";

/** How each escalation reason reads in the chat and the header. */
export const ESCALATION_LABELS: Record<EscalationReason, string> = {
  asked_for_human: "the customer asked for a person",
  negative_sentiment: "the customer is upset",
  model_decided: "the AI decided a person should take over",
  provider_failed: "the AI provider kept failing",
  window_closed: "the 24-hour window closed before the AI answered",
};

/** The line the chat shows for an event. */
export function eventText(event: MessageEvent, detail?: string): string {
  const by = event.byName?.trim() || "A team member";
  switch (event.type) {
    case "ai_paused":
      return event.byName !== undefined ? `AI paused — ${by} replied` : "AI paused";
    case "ai_switched_off":
      return `AI switched off by ${by}`;
    case "ai_resumed":
      return `AI resumed by ${by}`;
    case "escalated": {
      const reason = event.reason ? ESCALATION_LABELS[event.reason] : "a person should take over";
      return `Escalated — ${detail || reason}`;
    }
    case "assigned":
      return event.byName !== undefined
        ? `${by} assigned this to ${event.assigneeName ?? "a team member"}`
        : `Assigned to ${event.assigneeName ?? "a team member"}`;
    case "unassigned":
      return `Unassigned by ${by}`;
    case "closed":
      return `Closed by ${by}`;
    case "archived":
      return `Archived by ${by}`;
    case "reopened":
      return `Reopened by ${by}`;
  }
}

/**
 * A timeline line of a conversation (`kind: "event"`): stored among its messages so it shows in
 * order, never sent to the customer, never the conversation's last message, never in a prompt.
 */
export function eventMessage(input: {
  /** Its place among the messages (ids sort by time); a new one by default. */
  id?: string;
  tenantId: string;
  provider: MessageItem["provider"];
  conversationId: string;
  event: MessageEvent;
  detail?: string;
  at: string;
  /** A person's own event: who caused it. */
  authorUserId?: string;
}): MessageItem {
  return {
    tenantId: input.tenantId,
    provider: input.provider,
    id: input.id ?? newId(),
    conversationId: input.conversationId,
    direction: "outbound",
    author: input.authorUserId ? "user" : "ai",
    ...(input.authorUserId ? { authorUserId: input.authorUserId } : {}),
    kind: "event",
    event: input.event,
    text: eventText(input.event, input.detail),
    status: "sent",
    statusRank: STATUS_RANK.sent,
    providerMessageId: "",
    createdAt: input.at,
  };
}

/**
 * Lines of the timeline that are not messages between the business and the customer: Helios's own
 * events, the team's private notes, and WhatsApp's system lines (the customer changed number).
 */
export const isTimelineOnly = (message: Pick<MessageItem, "kind">) =>
  message.kind === "event" || message.kind === "note" || message.kind === "system";
