import * as z from "@helios/contracts/zod";
import { BSUID } from "../conversation/identity";
import { logger } from "../logger";
import type { InboundMessage } from "../message/inbound";
import type { StatusUpdate } from "../message/status";
import {
  MetaContact,
  MetaMessage,
  MetaMessageShell,
  metaTime,
  toInbound,
  unreadableInbound,
} from "./meta-message";

const MetaStatus = z.looseObject({
  id: z.string().check(z.minLength(1)),
  status: z.enum(["sent", "delivered", "read", "failed", "deleted", "warning"]),
  recipient_id: z.optional(z.string()),
  recipient_user_id: z.optional(z.string()),
  errors: z.optional(z.array(z.looseObject({ code: z.number() }))),
});

/** The envelope of one change; its items are read one by one, so one bad item spoils no other. */
const MetaValue = z.looseObject({
  metadata: z.looseObject({ phone_number_id: z.string() }),
  contacts: z.optional(z.array(z.unknown())),
  messages: z.optional(z.array(z.unknown())),
  statuses: z.optional(z.array(z.unknown())),
});

export const MetaWebhookPayload = z.looseObject({
  object: z.literal("whatsapp_business_account"),
  entry: z.array(
    z.looseObject({ changes: z.array(z.looseObject({ field: z.string(), value: z.unknown() })) }),
  ),
});

export interface MetaChanges {
  messages: InboundMessage[];
  reactions: {
    providerMessageId: string;
    emoji: string | undefined;
    at: string;
    /** The reaction's own message id (orders two reactions of the same second). */
    reactionId?: string;
  }[];
  statuses: StatusUpdate[];
}

const problemOf = (error: z.core.$ZodError) =>
  error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join(".") || "message"}: ${issue.message}`)
    .join("; ");

/** The contact a message is from: by user id, else by phone, else the change's only contact. */
function contactFor(
  contacts: MetaContact[],
  message: { from?: string; from_user_id?: string },
): MetaContact | undefined {
  return (
    contacts.find((c) => c.user_id !== undefined && c.user_id === message.from_user_id) ??
    contacts.find((c) => c.wa_id !== undefined && c.wa_id === message.from) ??
    (contacts.length === 1 && !message.from && !message.from_user_id ? contacts[0] : undefined)
  );
}

/**
 * Every message, reaction and status of one delivery for one phone number id, in order. Each item
 * is read on its own: a message Helios cannot read is kept as `unsupported` (with the reason), and
 * only an item without even an id or a sender is left out (and logged).
 */
export function metaChanges(
  payload: z.infer<typeof MetaWebhookPayload>,
  phoneNumberId: string,
  mediaUrl: (id: string) => string,
  receivedAt = new Date().toISOString(),
): MetaChanges {
  const changes: MetaChanges = { messages: [], reactions: [], statuses: [] };
  for (const entry of payload.entry) {
    for (const change of entry.changes) {
      if (change.field !== "messages") continue;
      const value = MetaValue.safeParse(change.value);
      if (!value.success || value.data.metadata.phone_number_id !== phoneNumberId) continue;
      const contacts = (value.data.contacts ?? []).flatMap((c) => {
        const parsed = MetaContact.safeParse(c);
        return parsed.success ? [parsed.data] : [];
      });
      for (const item of value.data.messages ?? []) readMessage(item);
      for (const item of value.data.statuses ?? []) readStatus(item);

      function readMessage(item: unknown) {
        const parsed = MetaMessage.safeParse(item);
        if (parsed.success && parsed.data.type === "reaction" && parsed.data.reaction) {
          changes.reactions.push({
            providerMessageId: parsed.data.reaction.message_id,
            emoji: parsed.data.reaction.emoji,
            at: metaTime(parsed.data.timestamp, receivedAt),
            reactionId: parsed.data.id,
          });
          return;
        }
        const inbound = parsed.success
          ? toInbound(parsed.data, contactFor(contacts, parsed.data), mediaUrl, receivedAt)
          : unreadable(item, parsed.error);
        if (inbound) changes.messages.push(inbound);
        else logger.warn("Meta message without an id or a sender left out", { phoneNumberId });
      }

      function unreadable(item: unknown, error: z.core.$ZodError) {
        const shell = MetaMessageShell.safeParse(item);
        if (!shell.success) return undefined;
        return unreadableInbound(
          shell.data,
          contactFor(contacts, shell.data),
          problemOf(error),
          receivedAt,
        );
      }

      function readStatus(item: unknown) {
        const parsed = MetaStatus.safeParse(item);
        if (!parsed.success) {
          logger.warn("unreadable Meta status left out", { phoneNumberId });
          return;
        }
        const status = parsed.data;
        if (status.status === "deleted" || status.status === "warning") return;
        changes.statuses.push({
          providerMessageId: status.id,
          status: status.status,
          errorCode: status.errors?.[0] ? String(status.errors[0].code) : undefined,
          ...(status.recipient_user_id && BSUID.test(status.recipient_user_id)
            ? { recipientUserId: status.recipient_user_id }
            : {}),
        });
      }
    }
  }
  return changes;
}
