import { type ConversationItem, laterIso } from "../conversation/conversation";
import { present } from "../conversation/present";
import { changeConversation } from "../conversation/versioned";
import { nowIso } from "../ids";
import type { MemberItem } from "../member/membership";
import { listMembers } from "../member/repository";
import type { StoredInbound } from "../message/after-inbound";
import { toMessage } from "../message/message";
import { customerName, notifyMember } from "../notification/create";
import { type Audience, publishAll } from "../realtime/publisher";
import { eventMessage } from "../timeline/event";
import { nextTurn } from "./repository";

/** Members in a stable order: who joined first, then by id. */
const byJoining = (a: MemberItem, b: MemberItem) =>
  a.createdAt.localeCompare(b.createdAt) || a.userId.localeCompare(b.userId);

/** The customer's first message of the conversation (a later one, or a business start, is not). */
const startsConversation = ({ conversation, message }: StoredInbound) =>
  message.direction === "inbound" && conversation.createdAt === message.createdAt;

/**
 * Round-robin: on a number with `autoAssign`, a new conversation goes to the next member marked
 * available (the number's turn counter, taken atomically, picks among them in a stable order);
 * with nobody available it stays unassigned. It runs after the inbound message is stored, and
 * assigns only a conversation that is still unassigned (on the version read), so a redelivered
 * webhook, which runs the follow-ups again, assigns nothing more.
 */
export async function assignRoundRobin(stored: StoredInbound, audience?: Audience): Promise<void> {
  const { tenant, number } = stored;
  if (!number.autoAssign || stored.conversation.assignee || !startsConversation(stored)) return;
  const available = (await listMembers(tenant.tenantId))
    .filter((member) => member.available)
    .sort(byJoining);
  if (available.length === 0) return;
  const turn = await nextTurn(number.id);
  const member = available[(turn - 1) % available.length] as MemberItem;
  const assignee = { userId: member.userId, name: member.name };
  const at = nowIso();
  const change = await changeConversation(
    tenant.tenantId,
    stored.conversation.id,
    (current): ConversationItem | undefined =>
      current.assignee
        ? undefined
        : { ...current, assignee, updatedAt: laterIso(current.updatedAt, at) },
    async () => [
      eventMessage({
        tenantId: tenant.tenantId,
        provider: number.provider,
        conversationId: stored.conversation.id,
        event: { type: "assigned", assigneeName: member.name },
        at,
      }),
    ],
  );
  if (!change.found || !change.changed) return;
  await publishAll(
    tenant,
    [
      ...change.lines.map((line) => ({ type: "message.created" as const, data: toMessage(line) })),
      { type: "conversation.updated", data: await present(tenant.tenantId, change.conversation) },
    ],
    audience,
  );
  await notifyMember({
    tenant,
    recipientUserId: member.userId,
    type: "assigned",
    conversation: change.conversation,
    title: `New conversation with ${customerName(change.conversation)} assigned to you`,
    body: change.conversation.lastMessage?.text ?? "",
  });
}
