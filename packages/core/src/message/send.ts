import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Message } from "@helios/contracts";
import type { Actor } from "../access/actor";
import { requireEnv, tableName } from "../config";
import type { ConversationItem } from "../conversation/conversation";
import { toConversation, unchangedSince } from "../conversation/conversation";
import { getConversation } from "../conversation/repository";
import { conversationOfTenant } from "../conversation/use-cases";
import { openSecret } from "../crypto/secret-box";
import { db } from "../db/client";
import { keys } from "../db/keys";
import { ConditionsFailed, transactLabelled, transactWrite } from "../db/transact";
import { conflict, notFound, ruleViolated } from "../errors/app-error";
import { newId, nowIso } from "../ids";
import { twilioNotConnected } from "../integration/errors";
import { twilioCredentials } from "../integration/repository";
import { countMetric } from "../metrics";
import { type NumberItem, secretContext } from "../number/number";
import { getNumber } from "../number/repository";
import { isProviderError, sendFailure } from "../provider/errors";
import { sendMetaText } from "../provider/meta/api";
import { sendTwilioMessage } from "../provider/twilio/api";
import { publish, publishAll } from "../realtime/publisher";
import { MessageItem, previewText, STATUS_RANK, toMessage } from "./message";

export interface OutboundText {
  author: "user" | "ai";
  authorUserId?: string;
  text: string;
}

/** Free text is allowed only inside the 24-hour customer-service window. */
export function assertWindowOpen(conversation: ConversationItem, now = Date.now()) {
  const closesAt = conversation.windowExpiresAt ? Date.parse(conversation.windowExpiresAt) : 0;
  if (closesAt <= now) {
    throw ruleViolated(
      "window_closed",
      "The 24-hour window is closed: WhatsApp allows only approved templates until the customer writes again",
    );
  }
}

/** A person answers in the chat. */
export async function sendFromChat(
  actor: Actor,
  conversationId: string,
  text: string,
): Promise<Message> {
  const conversation = await conversationOfTenant(actor, conversationId);
  return toMessage(
    await sendText(actor, conversation, { author: "user", authorUserId: actor.userId, text }),
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
): Promise<MessageItem> {
  assertWindowOpen(conversation);
  const number = await getNumber(conversation.numberId);
  if (!number)
    throw conflict(
      "number_deleted",
      "This conversation's number was deleted: connect it again to answer",
    );
  const sender = await senderOf(number);
  const at = nowIso();
  const message: MessageItem = {
    tenantId: tenant.tenantId,
    provider: number.provider,
    id: newId(),
    conversationId: conversation.id,
    direction: "outbound",
    author: outbound.author,
    ...(outbound.authorUserId ? { authorUserId: outbound.authorUserId } : {}),
    kind: "text",
    text: outbound.text,
    status: "queued",
    statusRank: STATUS_RANK.queued,
    providerMessageId: "",
    createdAt: at,
  };
  const updated = await storeOutbound(tenant, conversation, message);
  await publishAll(tenant, [
    { type: "message.created", data: toMessage(message) },
    { type: "conversation.updated", data: toConversation(updated) },
  ]);
  return deliverStored(tenant, sender, updated, message);
}

/** Rounds of "read the conversation, write under the condition it did not change". */
const CONVERSATION_ATTEMPTS = 8;

/**
 * Stores the message and moves the conversation's last message in one transaction, conditioned on
 * the conversation being as it was read: the conversation that results is then known without
 * reading it back. Someone else's write in between means a fresh read and another round.
 */
async function storeOutbound(
  tenant: Pick<Actor, "tenantId" | "slug">,
  read: ConversationItem,
  message: MessageItem,
): Promise<ConversationItem> {
  let conversation = read;
  for (let attempt = 1; ; attempt++) {
    const at = message.createdAt;
    const next: ConversationItem = {
      ...conversation,
      lastMessage: { text: previewText(message), direction: "outbound", at },
      updatedAt: at,
    };
    const indexes = keys.conversationIndexes(tenant.tenantId, next.status, at, next.id);
    const unchanged = unchangedSince(conversation);
    try {
      await transactLabelled([
        [
          "message",
          {
            Put: {
              TableName: tableName(),
              Item: { ...keys.message(next.id, message.id), type: "message", ...message },
            },
          },
        ],
        [
          "conversation",
          {
            Update: {
              TableName: tableName(),
              Key: keys.conversation(tenant.tenantId, next.id),
              UpdateExpression:
                "SET lastMessage = :last, updatedAt = :at, gsi1sk = :sk, gsi2sk = :sk",
              ConditionExpression: unchanged.expression,
              ExpressionAttributeValues: {
                ":last": next.lastMessage,
                ":at": at,
                ":sk": indexes.gsi1sk,
                ...unchanged.values,
              },
            },
          },
        ],
      ]);
      return next;
    } catch (error) {
      if (!(error instanceof ConditionsFailed) || attempt >= CONVERSATION_ATTEMPTS) throw error;
      const fresh = await getConversation(tenant.tenantId, next.id);
      if (!fresh) throw conversationGone();
      assertWindowOpen(fresh);
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
    const providerMessageId = await sender(conversation.customer.address, message.text);
    await recordProviderId(message, providerMessageId);
    countMetric("MessagesOut");
    return { ...message, providerMessageId };
  } catch (error) {
    if (!isProviderError(error)) throw error;
    const failed = await markFailed(message, sendFailure(error));
    countMetric("SendsFailed", { code: failed.error?.code ?? "unknown" });
    await publish(tenant, { type: "message.updated", data: toMessage(failed) });
    return failed;
  }
}

/** Sends one text to a customer through a number's provider; resolves to the provider's message id. */
export type Sender = (customerAddress: string, text: string) => Promise<string>;

/**
 * The number's way out, with its credentials checked first, so that a send which cannot even start
 * (Twilio disconnected) is refused before anything is stored.
 */
export async function senderOf(number: NumberItem): Promise<Sender> {
  if (number.provider === "twilio") {
    const credentials = await twilioCredentials(number.tenantId);
    if (!credentials) throw twilioNotConnected();
    const statusCallback = `${requireEnv("PUBLIC_URL").replace(/\/+$/, "")}/webhooks/twilio/${number.id}/status`;
    return async (to, body) => {
      const sent = await sendTwilioMessage(credentials, {
        from: number.address ?? "",
        to,
        body,
        statusCallback,
      });
      return sent.sid;
    };
  }
  const accessToken = await openSecret(
    number.accessTokenSealed ?? "",
    secretContext(number.id, "accessToken"),
  );
  return async (to, text) => {
    const sent = await sendMetaText({
      phoneNumberId: number.phoneNumberId ?? "",
      accessToken,
      to: to.replace(/^whatsapp:\+/, ""),
      text,
    });
    return sent.messageId;
  };
}

/** Links the provider's id to the message, so status callbacks find it. */
async function recordProviderId(message: MessageItem, providerMessageId: string) {
  await transactWrite([
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...keys.providerMessage(message.provider, providerMessageId),
          type: "providerMessage",
          tenantId: message.tenantId,
          conversationId: message.conversationId,
          messageId: message.id,
        },
      },
    },
    {
      Update: {
        TableName: tableName(),
        Key: keys.message(message.conversationId, message.id),
        UpdateExpression: "SET providerMessageId = :id",
        ExpressionAttributeValues: { ":id": providerMessageId },
      },
    },
  ]);
}

async function markFailed(
  message: MessageItem,
  failure: { code: string; message: string },
): Promise<MessageItem> {
  const { Attributes } = await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.message(message.conversationId, message.id),
      UpdateExpression: "SET #status = :failed, statusRank = :rank, #error = :error",
      ExpressionAttributeNames: { "#status": "status", "#error": "error" },
      ExpressionAttributeValues: {
        ":failed": "failed",
        ":rank": STATUS_RANK.failed,
        ":error": failure,
      },
      ReturnValues: "ALL_NEW",
    }),
  );
  return MessageItem.parse(Attributes);
}
