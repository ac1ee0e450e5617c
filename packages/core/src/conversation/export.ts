import type { Conversation, ConversationFilters } from "@helios/contracts";
import { type Actor, MANAGERS, requireRole } from "../access/actor";
import { csvRecord } from "../csv/csv";
import { ruleViolated } from "../errors/app-error";
import { listLabels } from "../label/repository";
import { listNumbers } from "../number/repository";
import { list } from "./use-cases";

/** The most rows one export holds. */
export const EXPORT_LIMIT = 10_000;

const HEADER = [
  "id",
  "number",
  "customer name",
  "phone",
  "username",
  "status",
  "assignee",
  "labels",
  "escalated",
  "unread",
  "last message at",
  "last message",
  "created at",
];

const tooMany = () =>
  ruleViolated(
    "export_too_large",
    `More than ${EXPORT_LIMIT.toLocaleString("en")} conversations match: narrow the filters (status, number, assignee, label) and export each part`,
  );

/**
 * The conversations the filters select, newest activity first, as CSV: every page of the list
 * (the same filters, through the list itself), at most `EXPORT_LIMIT` rows (else 422).
 */
export async function exportConversations(
  actor: Actor,
  filters: ConversationFilters,
): Promise<{ filename: string; csv: string }> {
  requireRole(actor, MANAGERS, "export conversations");
  const [numbers, labels] = await Promise.all([
    listNumbers(actor.tenantId),
    listLabels(actor.tenantId),
  ]);
  const numberNames = new Map(
    numbers.map((number) => [
      number.id,
      number.address
        ? `${number.displayName} (${number.address.replace(/^whatsapp:/, "")})`
        : number.displayName,
    ]),
  );
  const labelNames = new Map(labels.map((label) => [label.id, label.name]));
  const rows: Conversation[] = [];
  let cursor: string | undefined;
  do {
    const page = await list(actor, { ...filters, limit: 100, cursor });
    rows.push(...page.items);
    if (rows.length > EXPORT_LIMIT) throw tooMany();
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const body = rows.map((conversation) =>
    csvRecord([
      conversation.id,
      numberNames.get(conversation.numberId) ?? conversation.numberId,
      conversation.customer.name,
      conversation.customer.phone ?? conversation.customer.address.replace(/^whatsapp:(?=\+)/, ""),
      conversation.customer.username,
      conversation.status,
      conversation.assignee?.name,
      conversation.labels
        .map((id) => labelNames.get(id) ?? "")
        .filter(Boolean)
        .join("; "),
      conversation.escalated,
      conversation.unreadCount,
      conversation.lastMessage?.at,
      conversation.lastMessage?.text,
      conversation.createdAt,
    ]),
  );
  const day = new Date().toISOString().slice(0, 10);
  return {
    filename: `conversations-${actor.slug}-${day}.csv`,
    csv: csvRecord(HEADER) + body.join(""),
  };
}
