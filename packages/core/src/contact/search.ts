import { keys } from "../db/keys";
import { deleteTokens, type IndexList, putTokens } from "../search/index-writes";
import { searchIndex } from "../search/query";
import { customerTokens } from "../search/tokens";
import { ContactItem } from "./contact";

const contactList = (tenantId: string): IndexList => ({
  key: (token, id) => keys.contactSearchToken(tenantId, token, id),
});

/** Indexes the contact by name, phone and username; words it no longer has are removed. */
export async function indexContact(contact: ContactItem, previous?: ContactItem): Promise<void> {
  const tokens = customerTokens(contact);
  const before = previous ? customerTokens(previous) : [];
  if (before.join(" ") === tokens.join(" ")) return;
  const list = contactList(contact.tenantId);
  const kept = new Set(tokens);
  await Promise.all([
    putTokens(list, contact.id, tokens, contact.createdAt),
    deleteTokens(
      list,
      contact.id,
      before.filter((token) => !kept.has(token)),
    ),
  ]);
}

/** The tenant's contacts with every word of `q` in their name, phone or username, newest first. */
export function searchContacts(
  tenantId: string,
  q: string,
  options: { limit: number; cursor?: string },
): Promise<{ items: ContactItem[]; nextCursor: string | null }> {
  return searchIndex({
    tenantId,
    cursorList: "contactSearch",
    list: contactList(tenantId),
    q,
    ...options,
    keep: () => true,
    schema: ContactItem,
    keyOf: (id) => keys.contact(tenantId, id),
  });
}
