import type {
  Assignee,
  Conversation,
  MessageEvent,
  UpdateConversationBody,
} from "@helios/contracts";
import type { Actor } from "../access/actor";
import { ruleViolated } from "../errors/app-error";
import { nowIso } from "../ids";
import { queueInsightsQuietly } from "../insight/request";
import { requireLabels } from "../label/known";
import { getMember } from "../member/repository";
import { toMessage } from "../message/message";
import { customerName, notifyMember } from "../notification/create";
import type { NumberItem } from "../number/number";
import { getNumber } from "../number/repository";
import { publishAll } from "../realtime/publisher";
import { eventMessage } from "../timeline/event";
import { type ConversationItem, laterIso } from "./conversation";
import { present } from "./present";
import { conversationNotFound } from "./use-cases";
import { changeConversation } from "./versioned";

const notAMember = () =>
  ruleViolated("assignee_not_member", "Assign the conversation to a member of this workspace", {
    assigneeUserId: "Not a member of this workspace",
  });

/** Whom the change assigns the conversation to: undefined leaves it, null unassigns. */
async function assigneeOf(
  actor: Actor,
  userId: string | null | undefined,
): Promise<Assignee | null | undefined> {
  if (userId === undefined || userId === null) return userId;
  const member = await getMember(actor.tenantId, userId);
  if (!member) throw notAMember();
  return { userId: member.userId, name: member.name };
}

/**
 * Status moves open → closed → archived, and back to open from either; AI can be switched, the
 * conversation assigned (to a member, or to nobody) and labelled — by any member. Closing (or
 * archiving), or a person turning AI back on, ends the escalation; closing also refreshes the
 * insights. Each change of status, AI or assignee leaves a line in the chat saying who did it,
 * stored in the same transaction as the change, on the version read: a PATCH racing an AI
 * hand-off is decided again on the hand-off's result. A new assignee other than the caller is
 * notified.
 */
export async function update(
  actor: Actor,
  id: string,
  input: UpdateConversationBody,
): Promise<Conversation> {
  const [assignee, labels, me] = await Promise.all([
    assigneeOf(actor, input.assigneeUserId),
    input.labels ? requireLabels(actor.tenantId, input.labels) : undefined,
    getMember(actor.tenantId, actor.userId),
  ]);
  const byName = me?.name ?? "";
  const at = nowIso();
  let number: Promise<NumberItem | undefined> | undefined;
  const change = await changeConversation(
    actor.tenantId,
    id,
    (current) => {
      const status = input.status ?? current.status;
      // Closing (or archiving straight away) puts the conversation aside: it is handled.
      const closing = status !== "open" && current.status === "open";
      const endsEscalation = input.aiActive === true || closing;
      return {
        ...current,
        status,
        aiActive: input.aiActive ?? current.aiActive,
        escalated: endsEscalation ? false : current.escalated,
        escalation: endsEscalation ? undefined : current.escalation,
        assignee: assignee === undefined ? current.assignee : assignee,
        labels: labels ?? current.labels,
        updatedAt: laterIso(current.updatedAt, at),
      };
    },
    async (read, next) => {
      const events = eventsOf(read, next, byName);
      if (events.length === 0) return [];
      // A line is stored under its number's provider; a deleted number's conversation gets none.
      number ??= getNumber(read.numberId);
      const provider = (await number)?.provider;
      if (!provider) return [];
      return events.map((event) =>
        eventMessage({
          tenantId: actor.tenantId,
          provider,
          conversationId: id,
          event,
          at,
          authorUserId: actor.userId,
        }),
      );
    },
  );
  if (!change.found) throw conversationNotFound();
  const conversation = await present(actor.tenantId, change.conversation);
  const previous = change.changed ? change.previous : change.conversation;
  const lines = change.changed ? change.lines : [];
  await publishAll(actor, [
    ...lines.map((line) => ({ type: "message.created" as const, data: toMessage(line) })),
    { type: "conversation.updated", data: conversation },
  ]);
  const newAssignee = change.conversation.assignee;
  if (newAssignee && newAssignee.userId !== previous.assignee?.userId) {
    if (newAssignee.userId !== actor.userId)
      await notifyMember({
        tenant: actor,
        recipientUserId: newAssignee.userId,
        type: "assigned",
        conversation: change.conversation,
        title: `${byName || "A team member"} assigned you ${customerName(change.conversation)}`,
        body: change.conversation.lastMessage?.text ?? "",
      });
  }
  if (conversation.status === "closed" && previous.status !== "closed")
    await queueInsightsQuietly(actor, id, "conversation closed");
  return conversation;
}

/** The timeline lines a change of status, AI or assignee leaves, in that order. */
function eventsOf(read: ConversationItem, next: ConversationItem, byName: string): MessageEvent[] {
  const events: MessageEvent[] = [];
  if (next.status !== read.status)
    events.push({ type: next.status === "open" ? "reopened" : next.status, byName });
  if (next.aiActive !== read.aiActive)
    events.push({ type: next.aiActive ? "ai_resumed" : "ai_switched_off", byName });
  if (next.assignee?.userId !== read.assignee?.userId)
    events.push(
      next.assignee
        ? { type: "assigned", byName, assigneeName: next.assignee.name }
        : { type: "unassigned", byName },
    );
  return events;
}
