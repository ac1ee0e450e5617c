import { type Message, mayRetry } from "@helios/contracts";
import type { Actor } from "../access/actor";
import { conversationOfTenant } from "../conversation/use-cases";
import { conflict, notFound } from "../errors/app-error";
import { nowIso } from "../ids";
import { getNumber } from "../number/repository";
import { publish } from "../realtime/publisher";
import { type MessageItem, toMessage } from "./message";
import { getMessage, requeueMessage } from "./repository";
import { assertWindowOpen, deliverStored, numberDeleted } from "./send";
import { senderOf } from "./sender";

const notRetryable = () =>
  conflict(
    "not_retryable",
    "Only a message that failed, or that is stuck unsent, can be sent again: write a new message instead",
  );

/**
 * Sends a failed (or stuck) message again, as the same message: allowed only when the provider
 * never accepted it (no provider id), so a retry cannot put a second copy on the customer's phone.
 */
export async function retrySend(
  actor: Actor,
  conversationId: string,
  messageId: string,
): Promise<Message> {
  const conversation = await conversationOfTenant(actor, conversationId);
  const message = await getMessage(conversation.id, messageId);
  if (!message || message.tenantId !== actor.tenantId) {
    throw notFound("message_not_found", "This message does not exist in this conversation");
  }
  if (!mayRetry(message, Date.now())) throw notRetryable();
  // A template may be sent outside the window; free text may not.
  if (message.kind !== "template") assertWindowOpen(conversation);
  const number = await getNumber(conversation.numberId);
  if (!number || number.tenantId !== actor.tenantId) throw numberDeleted();
  const sender = await senderOf(number);
  const queued = await claimForRetry(message);
  await publish(actor, { type: "message.updated", data: toMessage(queued) });
  return toMessage(await deliverStored(actor, sender, conversation, queued));
}

/**
 * Back to `queued` with a fresh attempt time, on the condition that the message is still as it was
 * read (same status, same last attempt): of two clicks at once, one sends.
 */
async function claimForRetry(message: MessageItem): Promise<MessageItem> {
  const queued = await requeueMessage(message, nowIso());
  if (!queued) throw notRetryable();
  return queued;
}
