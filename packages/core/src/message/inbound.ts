import type { Message, MessageKind } from "@helios/contracts";
import type { ConversationItem } from "../conversation/conversation";
import {
  type CustomerIdentity,
  identityOfAddress,
  identityPointers,
  resolveCustomer,
} from "../conversation/identity";
import { putNewConversation, versionedUpdate } from "../conversation/repository";
import { afterWrite, backOff, VERSION_ATTEMPTS } from "../conversation/versioned";

import type { ReadAlong } from "../db/batch";
import { ConditionsFailed, type TransactItem, transactLabelled } from "../db/transact";
import { idAt } from "../ids";
import type { NumberItem } from "../number/number";
import { newConversation, withInbound } from "./inbound-conversation";
import { storableText } from "./long-text";
import { type MessageItem, STATUS_RANK } from "./message";
import { dedupeMarkerPut, messagePut } from "./repository";

/** Rounds of the version race an inbound store runs before the provider must deliver again. */
const INBOUND_ATTEMPTS = 3 * VERSION_ATTEMPTS;

/** An inbound customer message, whatever provider brought it. */
export interface InboundMessage {
  providerMessageId: string;
  /** Where replies go: `whatsapp:+E164`, or `whatsapp:<BSUID>` when no phone is known. */
  from: string;
  /** Who wrote, when the provider says more than the address (phone, user id, username). */
  customer?: CustomerIdentity;
  profileName?: string;
  kind: MessageKind;
  text: string;
  media?: Message["media"];
  location?: Message["location"];
  replyTo?: Message["replyTo"];
  /** Why the provider could not give the content (an `unsupported` message). */
  error?: Message["error"];
  /** A system line about the customer: who they are from now on. */
  identityChange?: IdentityChange;
  receivedAt: string;
}

export interface IdentityChange extends CustomerIdentity {
  type: "user_changed_number" | "user_changed_user_id";
}

/** Who wrote: what the provider said, else what the address says. */
export const identityOf = (inbound: InboundMessage): CustomerIdentity =>
  inbound.customer ?? identityOfAddress(inbound.from);

export type InboundResult =
  | { duplicate: true }
  | { duplicate: false; conversation: ConversationItem; message: MessageItem };

/** The stored message: its id sorts by the provider's time, and is the same on every delivery. */
export function inboundMessageItem(
  number: NumberItem,
  convId: string,
  inbound: InboundMessage,
): MessageItem {
  const { text, fullLength } = storableText(inbound.text);
  return {
    tenantId: number.tenantId,
    provider: number.provider,
    id: idAt(Date.parse(inbound.receivedAt), `${number.provider}\n${inbound.providerMessageId}`),
    conversationId: convId,
    direction: "inbound",
    author: "customer",
    kind: inbound.kind,
    text,
    ...(fullLength !== undefined ? { fullLength } : {}),
    ...(inbound.media?.length ? { media: inbound.media } : {}),
    ...(inbound.location ? { location: inbound.location } : {}),
    ...(inbound.replyTo ? { replyTo: inbound.replyTo } : {}),
    ...(inbound.error ? { error: inbound.error } : {}),
    status: "received",
    statusRank: STATUS_RANK.received,
    providerMessageId: inbound.providerMessageId,
    createdAt: inbound.receivedAt,
  };
}

/**
 * Stores an inbound message in one transaction with its dedupe marker (keyed by the provider's
 * message id) and the conversation's update, conditioned on the conversation's version: a retried
 * or duplicated delivery changes nothing, and a late one changes only what it should.
 */
export async function storeInbound(
  number: NumberItem,
  inbound: InboundMessage,
  /** An item the first read takes along (the fan-out's connections). */
  along?: ReadAlong,
): Promise<InboundResult> {
  for (let attempt = 1; ; attempt++) {
    const customer = await resolveCustomer(
      number,
      identityOf(inbound),
      attempt === 1 ? along : undefined,
    );
    if (!customer) throw new Error("an inbound message without a phone or a user id");
    const convId = customer.conversationId;
    const message = inboundMessageItem(number, convId, inbound);
    const existing = await customer.conversation();
    const next = existing
      ? withInbound(existing, message, inbound)
      : newConversation(number, message, inbound);
    // A changed number or user id: the new identifiers lead to this conversation from now on.
    const changed = inbound.identityChange
      ? identityPointers(number, convId, inbound.identityChange)
      : [];
    try {
      await transactLabelled([
        ["dedupe", dedupeMarkerPut(message, number.id)],
        ["message", messagePut(message)],
        ["conversation", existing ? versionedUpdate(existing, next) : putNewConversation(next)],
        ...uniquePointers([...customer.pointers, ...changed]).map(
          (item): [string, TransactItem] => ["identity", item],
        ),
      ]);
    } catch (error) {
      if (!(error instanceof ConditionsFailed)) throw error;
      if (error.labels.includes("dedupe")) return { duplicate: true };
      // The conversation changed (or was created or deleted) since it was read: read it again.
      // A webhook has seconds, and a refusal makes the provider deliver again into the same race:
      // customer messages, the AI's replies and people's changes all write the one conversation.
      if (attempt >= INBOUND_ATTEMPTS) throw error;
      await backOff(attempt);
      continue;
    }
    const conversation = existing ? afterWrite(existing, next) : { ...next, version: 1 };
    return { duplicate: false, conversation, message };
  }
}

/** One write per item in a transaction: a changed identifier may repeat one already there. */
function uniquePointers(items: TransactItem[]): TransactItem[] {
  const seen = new Map<string, TransactItem>();
  for (const item of items) seen.set(JSON.stringify(item.Put?.Item?.pk), item);
  return [...seen.values()];
}
