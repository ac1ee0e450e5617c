import { type ConversationItem, laterIso, toConversation } from "../conversation/conversation";
import { changeConversation } from "../conversation/versioned";
import { publish } from "../realtime/publisher";
import { getTenant } from "../tenant/repository";
import { changeContact } from "./change";
import { type ContactItem, contactIdOf } from "./contact";

const identityOf = ({ customer }: ConversationItem) =>
  [customer.name, customer.phone, customer.username, customer.userId].join("\n");

/**
 * Keeps the customer's contact in step with a conversation that was created or whose customer
 * changed (name, phone, username, user id): creates it, or fills in what it learnt, and adds the
 * conversation. A name a member gave the contact stays, and is given to this conversation too.
 */
export async function contactFromConversation(
  conversation: ConversationItem,
  previous?: ConversationItem,
): Promise<void> {
  if (previous && identityOf(previous) === identityOf(conversation)) return;
  const id = contactIdOf(conversation.tenantId, conversation.customer);
  if (id === undefined) return;
  const contact = await changeContact(conversation.tenantId, id, (current) =>
    merged(current, conversation, id),
  );
  if (contact?.nameSetByMember) await nameConversation(conversation, contact.name);
}

/** A deleted conversation leaves its contact's list of conversations. */
export async function contactWithoutConversation(conversation: ConversationItem): Promise<void> {
  const id = contactIdOf(conversation.tenantId, conversation.customer);
  if (id === undefined) return;
  await changeContact(conversation.tenantId, id, (current) =>
    current?.conversationIds.includes(conversation.id)
      ? {
          ...current,
          conversationIds: current.conversationIds.filter((other) => other !== conversation.id),
        }
      : undefined,
  );
}

function merged(
  current: ContactItem | undefined,
  conversation: ConversationItem,
  id: string,
): ContactItem | undefined {
  const { customer } = conversation;
  const at = conversation.updatedAt;
  const base: ContactItem = current ?? {
    id,
    tenantId: conversation.tenantId,
    name: "",
    attributes: {},
    conversationIds: [],
    nameSetByMember: false,
    version: 0,
    createdAt: conversation.createdAt,
    updatedAt: at,
  };
  const next: ContactItem = {
    ...base,
    name: base.nameSetByMember ? base.name : customer.name || base.name,
    ...(customer.phone ? { phone: customer.phone } : {}),
    ...(customer.username ? { username: customer.username } : {}),
    ...(customer.userId ? { userId: customer.userId } : {}),
    conversationIds: base.conversationIds.includes(conversation.id)
      ? base.conversationIds
      : [conversation.id, ...base.conversationIds],
  };
  if (current && JSON.stringify(next) === JSON.stringify(current)) return undefined;
  return { ...next, updatedAt: laterIso(base.updatedAt, at) };
}

/**
 * Gives a conversation the name a member set on its contact, for good: later messages keep it
 * (`customerNameLocked`). Published once written.
 */
export async function nameConversation(
  conversation: Pick<ConversationItem, "tenantId" | "id">,
  name: string,
): Promise<void> {
  const change = await changeConversation(conversation.tenantId, conversation.id, (current) =>
    current.customer.name === name && current.customerNameLocked
      ? undefined
      : { ...current, customer: { ...current.customer, name }, customerNameLocked: true },
  );
  if (!change.found || !change.changed) return;
  const tenant = await getTenant(conversation.tenantId);
  if (!tenant) return;
  await publish(
    { tenantId: tenant.id, slug: tenant.slug },
    { type: "conversation.updated", data: toConversation(change.conversation) },
  );
}
