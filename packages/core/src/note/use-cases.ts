import type { Message } from "@helios/contracts";
import type { Actor } from "../access/actor";
import { conversationOfTenant } from "../conversation/use-cases";
import { newId, nowIso } from "../ids";
import { listMembers } from "../member/repository";
import { type MessageItem, STATUS_RANK, toMessage } from "../message/message";
import { putMessage } from "../message/repository";
import { numberDeleted } from "../message/send";
import { customerName, notifyMember } from "../notification/create";
import { getNumber } from "../number/repository";
import { publish } from "../realtime/publisher";
import { mentionsIn } from "./mentions";

/**
 * A private note from a member to the team, among the conversation's messages: never sent to the
 * customer, never the conversation's last message, never in an AI prompt or the insights
 * (`isTimelineOnly`). Each member it mentions (`@name`) but the writer is notified, alone.
 */
export async function leaveNote(
  actor: Actor,
  conversationId: string,
  text: string,
): Promise<Message> {
  const conversation = await conversationOfTenant(actor, conversationId);
  const [number, members] = await Promise.all([
    getNumber(conversation.numberId),
    listMembers(actor.tenantId),
  ]);
  if (!number) throw numberDeleted();
  const writer = members.find((member) => member.userId === actor.userId);
  const authorName = writer?.name ?? "";
  const mentions = mentionsIn(text, members).map(({ userId, name }) => ({ userId, name }));
  const note: MessageItem = {
    tenantId: actor.tenantId,
    provider: number.provider,
    id: newId(),
    conversationId,
    direction: "outbound",
    author: "user",
    authorUserId: actor.userId,
    authorName,
    kind: "note",
    text,
    mentions,
    status: "sent",
    statusRank: STATUS_RANK.sent,
    providerMessageId: "",
    createdAt: nowIso(),
  };
  await putMessage(note);
  const message = toMessage(note);
  await publish(actor, { type: "message.created", data: message });
  const customer = customerName(conversation);
  await Promise.all(
    mentions
      .filter((mention) => mention.userId !== actor.userId)
      .map((mention) =>
        notifyMember({
          tenant: actor,
          recipientUserId: mention.userId,
          type: "mention",
          conversation,
          title: `${authorName || "A team member"} mentioned you about ${customer}`,
          body: text.slice(0, 200),
        }),
      ),
  );
  return message;
}
