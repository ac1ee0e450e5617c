import type { Conversation, StartConversationBody } from "@helios/contracts";
import type { Actor } from "../access/actor";
import { type ConversationItem, toConversation } from "../conversation/conversation";
import {
  type CustomerIdentity,
  identityOfAddress,
  resolveCustomer,
} from "../conversation/identity";
import { getConversation, putNewConversation } from "../conversation/repository";
import {
  afterWrite,
  backOff,
  changeConversation,
  VERSION_ATTEMPTS,
} from "../conversation/versioned";
import { ConditionsFailed, transactWrite } from "../db/transact";
import { ruleViolated } from "../errors/app-error";
import { nowIso } from "../ids";
import { sendingContext } from "../message/repository";
import { byPerson, sendText } from "../message/send";
import type { NumberItem } from "../number/number";
import { numberOfTenant } from "../number/use-cases";
import { getUser } from "../user/repository";
import { preparedTemplate } from "./send";

const customerUnknown = () =>
  ruleViolated(
    "customer_unknown",
    "Helios can write to a WhatsApp username only after that customer has written to this number: use their phone number instead",
    { to: "No customer with this user id has written to this number" },
  );

/** A conversation the business starts: for people (AI off), no message yet, window closed. */
function startedConversation(
  number: NumberItem,
  id: string,
  address: string,
  identity: CustomerIdentity,
): ConversationItem {
  const at = nowIso();
  return {
    tenantId: number.tenantId,
    id,
    numberId: number.id,
    customer: {
      address,
      name: "",
      ...(identity.phone ? { phone: identity.phone } : {}),
      ...(identity.userId ? { userId: identity.userId } : {}),
    },
    status: "open",
    aiActive: false,
    escalated: false,
    lastMessage: null,
    unreadCount: 0,
    windowExpiresAt: null,
    assignee: null,
    labels: [],
    lastInboundAt: null,
    version: 0,
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * The customer's conversation on this number, found through their identity pointers (and
 * reopened when closed), or created with the pointers in one transaction; of two starts at once
 * for one customer, the loser reads the winner's conversation.
 */
async function conversationWith(number: NumberItem, address: string): Promise<ConversationItem> {
  const identity = identityOfAddress(address);
  for (let attempt = 1; ; attempt++) {
    const customer = await resolveCustomer(number, identity);
    if (!customer) throw customerUnknown();
    const existing = await customer.conversation();
    if (existing) {
      if (existing.status === "open") return existing;
      const reopened = await changeConversation(number.tenantId, existing.id, (current) =>
        current.status === "open" ? undefined : { ...current, status: "open" },
      );
      if (reopened.found) return reopened.conversation;
      continue;
    }
    // A username is answered only once that customer wrote: there is no phone to start with.
    if (!identity.phone) throw customerUnknown();
    const created = startedConversation(number, customer.conversationId, address, identity);
    try {
      await transactWrite([putNewConversation(created), ...customer.pointers]);
      return afterWrite(created, created);
    } catch (error) {
      if (!(error instanceof ConditionsFailed) || attempt >= VERSION_ATTEMPTS) throw error;
      await backOff(attempt);
    }
  }
}

/**
 * A person starts (or resumes) a conversation with a customer by sending an approved template:
 * the template is checked before anything is stored, then the conversation opens with the
 * message queued.
 */
export async function startConversation(
  actor: Actor,
  body: StartConversationBody,
): Promise<Conversation> {
  const number = await numberOfTenant(actor, body.numberId);
  const [{ twilio }, user] = await Promise.all([
    sendingContext(actor.tenantId, number.id),
    getUser(actor.userId),
  ]);
  const prepared = await preparedTemplate(number, body.template, { twilio });
  const conversation = await conversationWith(number, body.to);
  await sendText(actor, conversation, byPerson(actor, user, prepared), { twilio });
  const stored = await getConversation(actor.tenantId, conversation.id);
  return toConversation(stored ?? conversation);
}
