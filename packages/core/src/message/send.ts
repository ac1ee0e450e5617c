import { isWindowOpen, type Message } from "@helios/contracts";
import type { Actor } from "../access/actor";
import {
  type ConversationItem,
  isLaterThanLast,
  laterIso,
  toConversation,
} from "../conversation/conversation";
import { getConversation, versionedUpdate } from "../conversation/repository";
import { conversationNotFound } from "../conversation/use-cases";
import { afterWrite, backOff, VERSION_ATTEMPTS } from "../conversation/versioned";
import {
  ConditionsFailed,
  type TransactItem,
  transactLabelled,
  transactWrite,
} from "../db/transact";
import { conflict, notFound, ruleViolated } from "../errors/app-error";
import { newId, nowIso } from "../ids";
import type { TwilioIntegrationItem } from "../integration/integration";
import { countMetric } from "../metrics";
import { getNumber } from "../number/repository";
import { isProviderError, sendFailure } from "../provider/errors";
import { publish, publishAll } from "../realtime/publisher";
import { eventMessage } from "../timeline/event";
import type { UserItem } from "../user/user";
import {
  type MessageItem,
  previewText,
  STATUS_RANK,
  type TemplateSend,
  toMessage,
} from "./message";
import {
  chatReplyContext,
  markMessageFailed,
  messagePut,
  providerIdWrites,
  sendingContext,
} from "./repository";
import { contentOf, type Sender, senderOf } from "./sender";

export { type Sender, senderOf } from "./sender";

export interface OutboundText {
  author: "user" | "ai";
  authorUserId?: string;
  /** A person's name, shown with the reply and in the "AI paused — Maria replied" line. */
  authorName?: string;
  text: string;
  /** An approved template (the text is its filled body): allowed whether or not the window is open. */
  template?: TemplateSend;
  /**
   * The AI's claim on its reply: judged on every read of the conversation that the store is
   * conditioned on (its version), so a person's takeover in between drops the reply instead of
   * racing it.
   */
  mayStillSend?: (conversation: ConversationItem) => boolean;
}

/** What a stored template message keeps: enough to show it, and to send it again on a retry. */
const templateFields = (template: TemplateSend) => ({
  kind: "template" as const,
  template: { id: template.id, name: template.name },
  templateSend: { language: template.language, variables: template.variables },
});

export const numberDeleted = () =>
  conflict("number_deleted", "This conversation's number was deleted: connect it again to answer");

/** The AI's reply lost its turn (a person took over, or AI was switched off): nothing was stored. */
export class ReplyDropped extends Error {
  constructor() {
    super("The AI's reply was dropped: a person took the conversation over");
  }
}

/** Free text is allowed only inside the 24-hour customer-service window. */
export function assertWindowOpen(conversation: ConversationItem, now = Date.now()) {
  if (!isWindowOpen(conversation.windowExpiresAt, now)) {
    throw ruleViolated(
      "window_closed",
      "The 24-hour window is closed: WhatsApp allows only approved templates until the customer writes again",
    );
  }
}

/** What a person sends (a text or a template), signed with their name. */
export const byPerson = (
  actor: Pick<Actor, "userId">,
  user: Pick<UserItem, "name"> | undefined,
  content: Pick<OutboundText, "text" | "template">,
): OutboundText => ({
  author: "user",
  authorUserId: actor.userId,
  ...(user ? { authorName: user.name } : {}),
  ...content,
});

/** A person answers in the chat. */
export async function sendFromChat(
  actor: Actor,
  conversationId: string,
  text: string,
): Promise<Message> {
  const { conversation, user, twilio } = await chatReplyContext(actor, conversationId);
  if (!conversation) throw conversationNotFound();
  return toMessage(
    await sendText(actor, conversation, byPerson(actor, user, { text }), { twilio }),
  );
}

/**
 * Stores the message as `queued` before calling the provider, so it is never lost; a provider
 * refusal turns it `failed` with a plain-language reason instead of an error for the sender.
 */
export async function sendText(
  tenant: Pick<Actor, "tenantId" | "slug">,
  conversation: ConversationItem,
  outbound: OutboundText,
  /** The tenant's Twilio integration when the caller read it already (`chatReplyContext`). */
  preloaded?: { twilio: TwilioIntegrationItem | undefined },
): Promise<MessageItem> {
  if (!outbound.template) assertWindowOpen(conversation);
  const { number, twilio } = preloaded
    ? { number: await getNumber(conversation.numberId), twilio: preloaded.twilio }
    : await sendingContext(tenant.tenantId, conversation.numberId);
  if (!number) throw numberDeleted();
  const sender = await senderOf(number, { twilio });
  const at = nowIso();
  // A takeover's timeline line sorts just before the reply that caused it.
  const eventId = outbound.author === "user" ? newId() : undefined;
  const message: MessageItem = {
    tenantId: tenant.tenantId,
    provider: number.provider,
    id: newId(),
    conversationId: conversation.id,
    direction: "outbound",
    author: outbound.author,
    ...(outbound.authorUserId ? { authorUserId: outbound.authorUserId } : {}),
    ...(outbound.authorName ? { authorName: outbound.authorName } : {}),
    ...(outbound.template ? templateFields(outbound.template) : { kind: "text" as const }),
    text: outbound.text,
    status: "queued",
    statusRank: STATUS_RANK.queued,
    providerMessageId: "",
    createdAt: at,
  };
  const { conversation: updated, event } = await storeOutbound(
    tenant,
    conversation,
    message,
    outbound,
    eventId,
  );
  await publishAll(tenant, [
    ...(event ? [{ type: "message.created" as const, data: toMessage(event) }] : []),
    { type: "message.created", data: toMessage(message) },
    { type: "conversation.updated", data: toConversation(updated) },
  ]);
  return deliverStored(tenant, sender, updated, message);
}

/**
 * Stores the message and moves the conversation's last message in one transaction, conditioned on
 * the conversation's version: the conversation that results is then known without reading it
 * back. Someone else's write in between means a fresh read and another round.
 *
 * A person's reply takes the conversation over in the same transaction: AI off, escalation
 * cleared, the takeover counted (`humanTurn`) and, when the AI was on, a timeline line saying so
 * (just before the reply). The AI's reply is stored only while its claim (`mayStillSend`) holds on
 * the very version the write is conditioned on.
 */
async function storeOutbound(
  tenant: Pick<Actor, "tenantId" | "slug">,
  read: ConversationItem,
  message: MessageItem,
  outbound: OutboundText,
  eventId?: string,
): Promise<{ conversation: ConversationItem; event?: MessageItem }> {
  let conversation = read;
  const byPerson = outbound.author === "user";
  for (let attempt = 1; ; attempt++) {
    if (outbound.mayStillSend && !outbound.mayStillSend(conversation)) throw new ReplyDropped();
    const at = message.createdAt;
    const takesOver = byPerson && conversation.aiActive;
    const event = takesOver
      ? eventMessage({
          ...(eventId ? { id: eventId } : {}),
          tenantId: tenant.tenantId,
          provider: message.provider,
          conversationId: conversation.id,
          event: { type: "ai_paused", byName: outbound.authorName ?? "" },
          at,
          ...(outbound.authorUserId ? { authorUserId: outbound.authorUserId } : {}),
        })
      : undefined;
    const latest: ConversationItem = isLaterThanLast(conversation, message)
      ? {
          ...conversation,
          lastMessage: {
            text: previewText(message),
            direction: "outbound",
            at,
            // Who answered, when a person did.
            ...(byPerson && message.authorName ? { authorName: message.authorName } : {}),
          },
          lastMessageId: message.id,
          updatedAt: laterIso(conversation.updatedAt, at),
        }
      : conversation;
    const next: ConversationItem = byPerson
      ? {
          ...latest,
          aiActive: false,
          escalated: false,
          escalation: undefined,
          humanTurn: (conversation.humanTurn ?? 0) + (takesOver ? 1 : 0),
        }
      : latest;
    try {
      await transactLabelled([
        ["message", messagePut(message)],
        ...(event ? [["event", messagePut(event)] as [string, TransactItem]] : []),
        ["conversation", versionedUpdate(conversation, next)],
      ]);
      const stored = afterWrite(conversation, next);
      return event ? { conversation: stored, event } : { conversation: stored };
    } catch (error) {
      if (!(error instanceof ConditionsFailed) || attempt >= VERSION_ATTEMPTS) throw error;
      await backOff(attempt);
      const fresh = await getConversation(tenant.tenantId, next.id);
      if (!fresh) throw conversationGone();
      if (!outbound.template) assertWindowOpen(fresh);
      conversation = fresh;
    }
  }
}

const conversationGone = () =>
  notFound("conversation_not_found", "This conversation was deleted while you were writing");

/**
 * Hands a stored `queued` message to the provider: it gets the provider's id, or turns `failed`
 * with a reason a person can act on (and retry) — never an unexplained error for the sender.
 */
export async function deliverStored(
  tenant: Pick<Actor, "tenantId" | "slug">,
  sender: Sender,
  conversation: ConversationItem,
  message: MessageItem,
): Promise<MessageItem> {
  try {
    const providerMessageId = await sender(conversation.customer.address, contentOf(message));
    await recordProviderId(message, providerMessageId, conversation.numberId);
    countMetric("MessagesOut");
    return { ...message, providerMessageId };
  } catch (error) {
    if (!isProviderError(error)) throw error;
    const failed = await markMessageFailed(message, sendFailure(error));
    countMetric("SendsFailed", { code: failed.error?.code ?? "unknown" });
    await publish(tenant, { type: "message.updated", data: toMessage(failed) });
    return failed;
  }
}

/** Links the provider's id to the message, so status callbacks find it. */
async function recordProviderId(message: MessageItem, providerMessageId: string, numberId: string) {
  await transactWrite(providerIdWrites(message, providerMessageId, numberId));
}
