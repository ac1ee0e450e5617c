import { createHash } from "node:crypto";

/**
 * One Meta delivery cut into one delivery per item (a message or a status), each still a whole
 * `whatsapp_business_account` payload that the same parser reads. The cut works on the JSON as Meta
 * sent it, so fields Helios does not model yet travel along unchanged.
 */
export interface MetaDeliveryItem {
  /** Who the item is about (the customer): items of one customer keep their order. */
  customer: string;
  payload: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter(isRecord) : [];
const text = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : undefined;

/** The contacts entries that describe a message's sender (by phone or business-scoped user id). */
function contactsOf(message: Record<string, unknown>, contacts: Record<string, unknown>[]) {
  const from = text(message.from);
  const userId = text(message.from_user_id);
  return contacts.filter(
    (contact) =>
      (from !== undefined && contact.wa_id === from) ||
      (userId !== undefined && contact.user_id === userId),
  );
}

export function splitMetaDelivery(payload: Record<string, unknown>): MetaDeliveryItem[] {
  const items: MetaDeliveryItem[] = [];
  const { entry: entries, ...top } = payload;
  for (const entry of records(entries)) {
    const { changes, ...entryRest } = entry;
    for (const change of records(changes)) {
      const { value, ...changeRest } = change;
      if (!isRecord(value)) continue;
      const { messages, statuses, contacts, ...valueRest } = value;
      const wrap = (customer: string, part: Record<string, unknown>): MetaDeliveryItem => ({
        customer,
        payload: {
          ...top,
          entry: [{ ...entryRest, changes: [{ ...changeRest, value: { ...valueRest, ...part } }] }],
        },
      });
      const allContacts = records(contacts);
      for (const message of records(messages)) {
        const customer = text(message.from) ?? text(message.from_user_id) ?? "";
        items.push(
          wrap(customer, { contacts: contactsOf(message, allContacts), messages: [message] }),
        );
      }
      for (const status of records(statuses)) {
        const customer = text(status.recipient_id) ?? text(status.recipient_user_id) ?? "";
        items.push(wrap(customer, { statuses: [status] }));
      }
    }
  }
  return items;
}

/** A short, SQS-safe digest (group and deduplication ids allow 128 characters). */
export const digest = (value: string) => createHash("sha256").update(value).digest("hex");
