import { isWindowOpen, type Message } from "@helios/contracts";
import type { Actor } from "../access/actor";
import { cached, createCache } from "../cache/caches";
import {
  type ConversationItem,
  isLaterThanLast,
  laterIso,
  toConversation,
} from "../conversation/conversation";
import { getConversation, versionedUpdate } from "../conversation/repository";
import { conversationNotFound } from "../conversation/use-cases";
import { afterWrite, backOff, VERSION_ATTEMPTS } from "../conversation/versioned";
import { keys } from "../db/keys";
import { checkTx } from "../db/table";
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
import type { NumberItem } from "../number/number";
import { getNumber } from "../number/repository";
import { isProviderError, sendFailure } from "../provider/errors";
import { type Audience, publish, publishAll, tenantAudience } from "../realtime/publisher";
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
  const audience = tenantAudience(actor.tenantId);
  const { conversation, user, twilio } = await chatReplyContext(
    actor,
    conversationId,
    audience.readAlong(),
  );
  if (!conversation) throw conversationNotFound();
  return toMessage(
    await sendText(actor, conversation, byPerson(actor, user, { text }), { twilio, audience }),
  );
}

/**
 * A person's reply knows its number only once the conversation is read: the number comes from a
 * warm Lambda's cache, and the reply's transaction checks that it is still as cached (`updatedAt`),
 * so a reply never goes out through a number changed or deleted meanwhile.
 */
const numbers = createCache<NumberItem>("sending numbers", {
  max: 5_000,
  ttl: 30_000,
  checkedOnUse: true,
});
const sendingNumber = (numberId: string, fresh: boolean) =>
  cached(numbers, numberId, () => getNumber(numberId), fresh);

const numberUnchanged = (number: NumberItem): TransactItem =>
  checkTx({
    Key: keys.number(number.id),
    ConditionExpression: "updatedAt = :seen",
    ExpressionAttributeValues: { ":seen": number.updatedAt },
  });

/** The number changed (or was deleted) since it was cached: nothing was stored. */
class NumberChanged extends Error {}

/**
 * Stores the message as `queued` before calling the provider, so it is never lost; a provider
 * refusal turns it `failed` with a plain-language reason instead of an error for the sender.
 */
export async function sendText(
  tenant: Pick<Actor, "tenantId" | "slug">,
  conversation: ConversationItem,
  outbound: OutboundText,
  /**
   * The tenant's Twilio integration and the fan-out's audience when the caller read them already
   * (`chatReplyContext`): the number is then the cached one, checked by the transaction.
   */
  preloaded?: { twilio: TwilioIntegrationItem | undefined; audience?: Audience },
): Promise<MessageItem> {
  if (!outbound.template) assertWindowOpen(conversation);
  for (let fresh = false; ; fresh = true) {
    const { number, twilio } = preloaded
      ? { number: await sendingNumber(conversation.numberId, fresh), twilio: preloaded.twilio }
      : await sendingContext(tenant.tenantId, conversation.numberId);
    // Found by its id (a global key): it must be this tenant's.
    if (!number || number.tenantId !== tenant.tenantId) throw numberDeleted();
    try {
      return await sendThrough(tenant, conversation, outbound, {
        number,
        twilio,
        ...(preloaded ? { checked: true } : {}),
        ...(preloaded?.audience ? { audience: preloaded.audience } : {}),
      });
    } catch (error) {
      if (!(error instanceof NumberChanged)) throw error;
      // Read fresh once; a number changed again in that moment is a 409 to send again.
      if (fresh)
        throw conflict("number_changed", "This conversation's number was just changed: send again");
    }
  }
}

async function sendThrough(
  tenant: Pick<Actor, "tenantId" | "slug">,
  conversation: ConversationItem,
  outbound: OutboundText,
  via: {
    number: NumberItem;
    twilio: TwilioIntegrationItem | undefined;
    /** The number is a cached copy: the transaction checks it. */
    checked?: boolean;
    audience?: Audience;
  },
): Promise<MessageItem> {
  const { number } = via;
  const sender = await senderOf(number, { twilio: via.twilio });
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
  const { conversation: updated, event } = await storeOutbound(tenant, conversation, message, {
    outbound,
    ...(eventId ? { eventId } : {}),
    ...(via.checked ? { numberCheck: numberUnchanged(number) } : {}),
  });
  await publishAll(
    tenant,
    [
      ...(event ? [{ type: "message.created" as const, data: toMessage(event) }] : []),
      { type: "message.created", data: toMessage(message) },
      { type: "conversation.updated", data: toConversation(updated) },
    ],
    via.audience,
  );
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
  {
    outbound,
    eventId,
    numberCheck,
  }: { outbound: OutboundText; eventId?: string; numberCheck?: TransactItem },
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
        ...(numberCheck ? [["number", numberCheck] as [string, TransactItem]] : []),
      ]);
      const stored = afterWrite(conversation, next);
      return event ? { conversation: stored, event } : { conversation: stored };
    } catch (error) {
      if (error instanceof ConditionsFailed && error.labels.includes("number"))
        throw new NumberChanged();
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
