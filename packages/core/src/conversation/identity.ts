import type { ReadAlong } from "../db/batch";
import type { TransactItem } from "../db/transact";
import type { NumberItem } from "../number/number";
import { type ConversationItem, conversationId } from "./conversation";
import { getConversation, pointerPut, readIdentityPointers } from "./repository";

/** Who a customer is, as far as the provider told: phone and/or business-scoped user id (BSUID). */
export interface CustomerIdentity {
  /** `+14155550123` */
  phone?: string;
  /** `US.13491208655302741918` */
  userId?: string;
  parentUserId?: string;
  username?: string;
}

/** A BSUID: ISO country code, a dot, alphanumerics (parent ids add `ENT.`). */
export const BSUID = /^[A-Z]{2}\.[A-Za-z0-9.]{1,140}$/;

/** The address replies go to: the phone when known (Meta's `to` wins), else the user id. */
export function replyAddress(identity: CustomerIdentity): string | undefined {
  if (identity.phone) return `whatsapp:${identity.phone}`;
  if (identity.userId) return `whatsapp:${identity.userId}`;
  return undefined;
}

/** What an address alone says (`whatsapp:+1…` or `whatsapp:US.…`). */
export function identityOfAddress(address: string): CustomerIdentity {
  const bare = address.replace(/^whatsapp:/, "");
  if (/^\+\d{6,15}$/.test(bare)) return { phone: bare };
  if (BSUID.test(bare)) return { userId: bare };
  return {};
}

/**
 * The conversation of this customer on this number — the one their user id points to, else the
 * one their phone points to, else the id derived from (number, phone), which is also what every
 * conversation from before user ids has, or from (number, user id) for a username-only customer —
 * with the pointers still to write (or correct) so that each identifier finds it next time. Each
 * pointer write is conditioned on what was read, so two first messages of one customer (one with
 * a phone, one without) racing each other cannot both start a conversation: the loser's
 * transaction fails and, read again, joins the winner's.
 */
export async function resolveCustomer(
  number: NumberItem,
  identity: CustomerIdentity,
  along?: ReadAlong,
): Promise<ResolvedCustomer | undefined> {
  const address = replyAddress(identity);
  const derived = address ? conversationId(number.id, address) : undefined;
  // The derived conversation is read with the pointers: it is the one found, but for customers
  // whose identifiers moved.
  const { byUser, byPhone, likely } = await readIdentityPointers(number, identity, derived, along);
  const found = byUser ?? byPhone ?? derived;
  if (!found) return undefined;
  const pointers = [
    identity.userId && byUser !== found
      ? pointerPut(number, found, "user", identity.userId, byUser ?? null)
      : undefined,
    identity.phone && byPhone !== found
      ? pointerPut(number, found, "phone", identity.phone, byPhone ?? null)
      : undefined,
  ].filter((item): item is TransactItem => item !== undefined);
  return {
    conversationId: found,
    pointers,
    conversation: () =>
      found === derived ? Promise.resolve(likely) : getConversation(number.tenantId, found),
  };
}

export interface ResolvedCustomer {
  conversationId: string;
  /** The pointer writes (conditioned on what was read) that go with the conversation's write. */
  pointers: TransactItem[];
  /** The conversation as read with the pointers (or, when they lead elsewhere, read now). */
  conversation(): Promise<ConversationItem | undefined>;
}

/** The pointers from each of the customer's identifiers to their conversation, unconditionally. */
export function identityPointers(
  number: NumberItem,
  conversation: string,
  identity: CustomerIdentity,
): TransactItem[] {
  return [
    identity.userId ? pointerPut(number, conversation, "user", identity.userId) : undefined,
    identity.phone ? pointerPut(number, conversation, "phone", identity.phone) : undefined,
  ].filter((item): item is TransactItem => item !== undefined);
}
