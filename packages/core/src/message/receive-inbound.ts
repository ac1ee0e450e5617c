import type { Actor } from "../access/actor";
import { getConversation } from "../conversation/repository";
import type { NumberItem } from "../number/number";
import { type Audience, tenantAudience } from "../realtime/publisher";
import { afterInbound } from "./after-inbound";
import { type InboundMessage, storeInbound } from "./inbound";
import { findOwnByProviderId, getMessage } from "./repository";

/**
 * A customer's message from a provider: stored once, then its follow-ups. A redelivery stores
 * nothing but runs the follow-ups again — each is idempotent (the AI job is deduplicated by the
 * message id, the notification is keyed by conversation) — so a delivery that failed half-way,
 * and that the provider therefore retries, still gets its AI turn and its notification.
 *
 * The tenant's connections are read along with the conversation (one webhook delivery, a Meta
 * batch too, shares one `audience`); nothing is published before the write succeeded.
 */
export async function receiveInbound(
  tenant: Pick<Actor, "tenantId" | "slug">,
  number: NumberItem,
  inbound: InboundMessage,
  audience: Audience = tenantAudience(tenant.tenantId),
): Promise<void> {
  const result = await storeInbound(number, inbound, audience.readAlong());
  const stored = result.duplicate ? await storedEarlier(number, inbound.providerMessageId) : result;
  if (stored) await afterInbound({ tenant, number, ...stored }, audience);
}

async function storedEarlier(number: NumberItem, providerMessageId: string) {
  const marker = await findOwnByProviderId(number, providerMessageId);
  if (!marker) return undefined;
  const [conversation, message] = await Promise.all([
    getConversation(number.tenantId, marker.conversationId),
    getMessage(marker.conversationId, marker.messageId),
  ]);
  return conversation && message ? { conversation, message } : undefined;
}
