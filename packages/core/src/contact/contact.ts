import { createHash } from "node:crypto";
import { Contact } from "@helios/contracts";
import * as z from "@helios/contracts/zod";

/** The stored contact: the API's, under its tenant, with its version and whether a member named it. */
export const ContactItem = z.extend(Contact, {
  tenantId: z.string(),
  /** A member set the name: the customer's WhatsApp profile name no longer replaces it. */
  nameSetByMember: z._default(z.boolean(), false),
  /** Goes up by one with every write; the condition of the next one. */
  version: z.int().check(z.nonnegative()),
});
export type ContactItem = z.infer<typeof ContactItem>;

/**
 * A customer's contact id, from what identifies them across the workspace's numbers: their phone
 * (E.164) or, without one, their WhatsApp user id. Pure, so a conversation shows its contact's id
 * without reading anything.
 */
export function contactIdOf(
  tenantId: string,
  customer: { phone?: string; userId?: string },
): string | undefined {
  const identity = customer.phone
    ? `phone\n${customer.phone}`
    : customer.userId
      ? `user\n${customer.userId}`
      : undefined;
  if (identity === undefined) return undefined;
  return createHash("sha256").update(`${tenantId}\n${identity}`).digest("base64url").slice(0, 22);
}

export const toContact = ({
  tenantId: _tenant,
  nameSetByMember: _named,
  version: _version,
  ...contact
}: ContactItem): Contact => contact;
