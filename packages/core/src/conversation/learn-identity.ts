import type { NumberItem } from "../number/number";
import { claimIdentityPointer } from "./repository";
import { changeConversation } from "./versioned";

/**
 * A status of a reply names the customer's business-scoped user id (`recipient_user_id`): a
 * customer known so far by phone only is then recognised when they write as a username user. The
 * pointer is written only where none exists (another conversation that already has the id keeps
 * it), then the conversation learns the id — on its version, like every write.
 */
export async function learnUserId(
  number: Pick<NumberItem, "id" | "tenantId">,
  conversationId: string,
  userId: string,
): Promise<void> {
  if (!(await claimIdentityPointer(number, conversationId, "user", userId))) return;
  await changeConversation(number.tenantId, conversationId, (current) =>
    current.customer.userId ? undefined : { ...current, customer: { ...current.customer, userId } },
  );
}
