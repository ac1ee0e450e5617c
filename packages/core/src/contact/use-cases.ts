import type { Contact, ContactList, ListContactsQuery, UpdateContactBody } from "@helios/contracts";
import type { Actor } from "../access/actor";
import { laterIso } from "../conversation/conversation";
import { notFound } from "../errors/app-error";
import { nowIso } from "../ids";
import { changeContact } from "./change";
import { toContact } from "./contact";
import { nameConversation } from "./from-conversation";
import { getContact, listContacts } from "./repository";
import { searchContacts } from "./search";

const contactNotFound = () =>
  notFound("contact_not_found", "This contact does not exist in this workspace");

/** Newest first; with `q`, those with every word in their name, phone or username. */
export async function list(actor: Actor, query: ListContactsQuery): Promise<ContactList> {
  const page = query.q
    ? await searchContacts(actor.tenantId, query.q, query)
    : await listContacts(actor.tenantId, query);
  return { items: page.items.map(toContact), nextCursor: page.nextCursor };
}

export async function get(actor: Actor, id: string): Promise<Contact> {
  const contact = await getContact(actor.tenantId, id);
  if (!contact) throw contactNotFound();
  return toContact(contact);
}

/**
 * Renames the contact (the name stays over their WhatsApp profile name, in every one of their
 * conversations) or replaces their attributes (empty values are dropped).
 */
export async function update(actor: Actor, id: string, body: UpdateContactBody): Promise<Contact> {
  const at = nowIso();
  const contact = await changeContact(actor.tenantId, id, (current) => {
    if (!current) return undefined;
    const attributes = body.attributes
      ? Object.fromEntries(Object.entries(body.attributes).filter(([, value]) => value !== ""))
      : current.attributes;
    return {
      ...current,
      ...(body.name !== undefined ? { name: body.name, nameSetByMember: true } : {}),
      attributes,
      updatedAt: laterIso(current.updatedAt, at),
    };
  });
  if (!contact) throw contactNotFound();
  if (body.name !== undefined) {
    const name = contact.name;
    await Promise.all(
      contact.conversationIds.map((conversationId) =>
        nameConversation({ tenantId: actor.tenantId, id: conversationId }, name),
      ),
    );
  }
  return toContact(contact);
}
