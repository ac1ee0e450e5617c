import type { MessageStatus } from "@helios/contracts";
import { learnUserId } from "../conversation/learn-identity";
import { countMetric } from "../metrics";
import type { NumberItem } from "../number/number";
import { explainProviderError } from "../provider/errors";
import type { MessageItem } from "./message";
import { advanceStatus, findOwnByProviderId } from "./repository";

export interface StatusUpdate {
  providerMessageId: string;
  status: Exclude<MessageStatus, "received">;
  errorCode?: string;
  /** The customer's business-scoped user id, when the provider names it (Meta `recipient_user_id`). */
  recipientUserId?: string;
}

/**
 * Moves an outbound message's status forward. Callbacks arrive out of order and repeat, so the
 * write is conditional: an older or repeated status changes nothing, and `failed` is final. Only a
 * message of the webhook number's own tenant and number is touched.
 * Returns the updated message, or undefined when nothing changed.
 */
export async function applyStatus(
  number: Pick<NumberItem, "id" | "tenantId" | "provider">,
  update: StatusUpdate,
): Promise<MessageItem | undefined> {
  const marker = await findOwnByProviderId(number, update.providerMessageId);
  if (!marker) return undefined;
  if (update.recipientUserId)
    await learnUserId(number, marker.conversationId, update.recipientUserId);
  const failed = update.status === "failed";
  const code = update.errorCode ?? "unknown";
  const updated = await advanceStatus(
    marker,
    update.status,
    failed ? { code, message: explainProviderError(update.errorCode) } : undefined,
  );
  if (!updated) return undefined;
  if (failed) countMetric("SendsFailed", { code });
  return updated;
}
