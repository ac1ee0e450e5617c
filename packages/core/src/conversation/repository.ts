import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import type { ConversationStatus } from "@helios/contracts";
import * as z from "@helios/contracts/zod";
import { BATCH_WRITE_SIZE, batchDelete, batchGetAlong, type ReadAlong } from "../db/batch";
import { openCursor, sealCursor } from "../db/cursor";
import { keys } from "../db/keys";
import { queryPage, queryPages } from "../db/query";
import { deleteItem, type Key, putNewTx, putTx, readItem, updateItem, updateTx } from "../db/table";
import { type TransactItem, transactOnce } from "../db/transact";
import type { NumberItem } from "../number/number";
import { ConversationItem, lastActivityAt } from "./conversation";

export const getConversation = (
  tenantId: string,
  id: string,
): Promise<ConversationItem | undefined> =>
  readItem(ConversationItem, keys.conversation(tenantId, id));

/** At most this many conversations are read for one page of a filtered list (the cursor goes on). */
export const MAX_EXAMINED = 1_000;
/** How many a filtered list reads per Query. */
const FILTERED_PAGE = 100;

/**
 * Newest activity first: gsi1 for every status, gsi2 for one status. Without `keep`, one Query of
 * `limit` items per page. With it, Queries follow one another until `limit` conversations are
 * kept, the index ends, or `MAX_EXAMINED` were read: the page may then hold fewer (even none)
 * with a cursor to go on from the last one read.
 */
export async function listConversations(
  tenantId: string,
  options: {
    status?: ConversationStatus;
    limit: number;
    cursor?: string;
    keep?: (conversation: ConversationItem) => boolean;
  },
): Promise<{ items: ConversationItem[]; nextCursor: string | null }> {
  const list = keys.conversationsOf(tenantId, options.status);
  const { keep, limit } = options;
  let startKey: Key | undefined = await openCursor(tenantId, "conversations", options.cursor);
  const items: ConversationItem[] = [];
  let examined = 0;
  for (;;) {
    const page = await queryPage(
      {
        IndexName: list.index,
        KeyConditionExpression: `${list.pkName} = :pk`,
        ExpressionAttributeValues: { ":pk": list.pk },
        ScanIndexForward: false,
        Limit: keep
          ? Math.min(MAX_EXAMINED - examined, Math.max(limit, FILTERED_PAGE))
          : limit - items.length,
      },
      startKey,
    );
    for (const [index, stored] of page.items.entries()) {
      examined++;
      const conversation = ConversationItem.parse(stored);
      if (!keep || keep(conversation)) items.push(conversation);
      if (items.length < limit && examined < MAX_EXAMINED) continue;
      const more = index < page.items.length - 1 || page.lastKey !== undefined;
      const resumeAt = {
        pk: stored.pk,
        sk: stored.sk,
        [list.pkName]: stored[list.pkName],
        [list.skName]: stored[list.skName],
      };
      return {
        items,
        nextCursor: more ? await sealCursor(tenantId, "conversations", resumeAt) : null,
      };
    }
    if (!page.lastKey) return { items, nextCursor: null };
    startKey = page.lastKey;
  }
}

/** The stored item's list-index keys, from its status and latest activity. */
export const conversationIndexesOf = (conversation: ConversationItem) =>
  keys.conversationIndexes(
    conversation.tenantId,
    conversation.status,
    lastActivityAt(conversation),
    conversation.id,
  );

/** A conversation read before versions existed has no attribute to compare with. */
function versionCondition(read: ConversationItem) {
  return read.version === 0
    ? "attribute_exists(pk) AND (attribute_not_exists(#version) OR #version = :seenVersion)"
    : "#version = :seenVersion";
}

/**
 * The write that turns `read` into `next`: only the attributes that differ, the list index, and
 * version + 1 — conditioned on the version that was read, so that `next` (with its version) is
 * exactly what is stored, or nothing is.
 */
function versionedChange(read: ConversationItem, next: ConversationItem) {
  const stored: Record<string, unknown> = { ...next, ...conversationIndexesOf(next) };
  delete stored.version;
  const names: Record<string, string> = { "#version": "version" };
  const values: Record<string, unknown> = {
    ":seenVersion": read.version,
    ":nextVersion": read.version + 1,
  };
  const sets = ["#version = :nextVersion"];
  const removes: string[] = [];
  const before = read as Record<string, unknown>;
  let n = 0;
  for (const [name, value] of Object.entries(stored)) {
    if (name === "tenantId" || name === "id") continue;
    const changed = JSON.stringify(value) !== JSON.stringify(before[name]);
    if (value === undefined || (!changed && !name.startsWith("gsi"))) continue;
    names[`#a${n}`] = name;
    values[`:a${n}`] = value;
    sets.push(`#a${n} = :a${n}`);
    n++;
  }
  for (const name of Object.keys(before)) {
    if (before[name] === undefined || stored[name] !== undefined || name === "version") continue;
    names[`#a${n}`] = name;
    removes.push(`#a${n}`);
    n++;
  }
  return {
    Key: keys.conversation(read.tenantId, read.id),
    UpdateExpression: `SET ${sets.join(", ")}${removes.length ? ` REMOVE ${removes.join(", ")}` : ""}`,
    ConditionExpression: versionCondition(read),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/** `read` → `next` on the version read, as a transaction item (with the message it stores). */
export const versionedUpdate = (read: ConversationItem, next: ConversationItem): TransactItem =>
  updateTx(versionedChange(read, next));

/** `read` → `next` on the version read, alone: one UpdateItem (fails if the version moved on). */
export async function updateOnVersion(read: ConversationItem, next: ConversationItem) {
  await updateItem(versionedChange(read, next));
}

/** The first version of a new conversation; fails if one was created meanwhile. */
export const putNewConversation = (conversation: ConversationItem): TransactItem =>
  putNewTx({
    ...keys.conversation(conversation.tenantId, conversation.id),
    ...conversationIndexesOf(conversation),
    type: "conversation",
    ...conversation,
    version: 1,
  });

export async function deleteConversation(tenantId: string, id: string): Promise<void> {
  await deleteItem({ Key: keys.conversation(tenantId, id) });
}

/**
 * Deletes everything stored under a conversation's partition (its messages and the AI's reply
 * markers), a page at a time. The provider-id dedupe markers stay: a late redelivery of an old
 * message must still be recognised, not stored again.
 */
export async function purgeConversationItems(conversationId: string): Promise<void> {
  const { pk } = keys.messagesOf(conversationId);
  const pages = queryPages({
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": pk },
    ProjectionExpression: "pk, sk",
    Limit: 500,
  });
  for await (const page of pages) {
    const keysOnPage = (page.Items ?? []).map((item) => ({ pk: item.pk, sk: item.sk }));
    const batches: (typeof keysOnPage)[] = [];
    for (let i = 0; i < keysOnPage.length; i += BATCH_WRITE_SIZE)
      batches.push(keysOnPage.slice(i, i + BATCH_WRITE_SIZE));
    await Promise.all(batches.map(batchDelete));
  }
}

const IdentityItem = z.object({ tenantId: z.string(), conversationId: z.string() });

/** The conversations a customer's identifiers point to on a number (in the number's tenant). */
export interface IdentityPointers {
  byUser: string | undefined;
  byPhone: string | undefined;
  /** The `likely` conversation asked for, read with the pointers: undefined when it does not exist. */
  likely: ConversationItem | undefined;
}

/**
 * A customer's identity pointers and, in the same request (one consistent BatchGetItem), the
 * conversation they most likely lead to: an inbound message from a known customer then costs one
 * read before its transaction, not two in a row.
 */
export async function readIdentityPointers(
  number: Pick<NumberItem, "id" | "tenantId">,
  identifiers: { userId?: string; phone?: string },
  likelyConversationId: string | undefined,
  along?: ReadAlong,
): Promise<IdentityPointers> {
  const user = identifiers.userId
    ? keys.customerIdentity(number.id, "user", identifiers.userId)
    : undefined;
  const phone = identifiers.phone
    ? keys.customerIdentity(number.id, "phone", identifiers.phone)
    : undefined;
  const conversation = likelyConversationId
    ? keys.conversation(number.tenantId, likelyConversationId)
    : undefined;
  const wanted = [user, phone, conversation].filter((key) => key !== undefined);
  const items = wanted.length > 0 || along ? await batchGetAlong(wanted, along) : [];
  const itemAt = (key: (typeof wanted)[number] | undefined) =>
    key ? items[wanted.indexOf(key)] : undefined;
  const pointsTo = (item: unknown) => {
    const pointer = item ? IdentityItem.parse(item) : undefined;
    return pointer?.tenantId === number.tenantId ? pointer.conversationId : undefined;
  };
  const likely = itemAt(conversation);
  return {
    byUser: pointsTo(itemAt(user)),
    byPhone: pointsTo(itemAt(phone)),
    likely: likely ? ConversationItem.parse(likely) : undefined,
  };
}

/**
 * A pointer from one identifier to a conversation. `seen` is what it pointed to when read (null:
 * nothing), and the write is conditioned on it; undefined writes whatever is there (an identity
 * change that WhatsApp reported, which moves the identifier to this customer).
 */
export function pointerPut(
  number: Pick<NumberItem, "id" | "tenantId">,
  conversation: string,
  kind: "user" | "phone",
  value: string,
  seen?: string | null,
): TransactItem {
  return putTx({
    Item: {
      ...keys.customerIdentity(number.id, kind, value),
      type: "customerIdentity",
      tenantId: number.tenantId,
      numberId: number.id,
      conversationId: conversation,
    },
    ...(seen === undefined
      ? {}
      : seen === null
        ? { ConditionExpression: "attribute_not_exists(pk)" }
        : {
            ConditionExpression: "conversationId = :seen",
            ExpressionAttributeValues: { ":seen": seen },
          }),
  });
}

/**
 * Points an identifier to a conversation where nothing points it anywhere yet (one transaction
 * of one Put, as before); false when it already points somewhere.
 */
export async function claimIdentityPointer(
  number: Pick<NumberItem, "id" | "tenantId">,
  conversation: string,
  kind: "user" | "phone",
  value: string,
): Promise<boolean> {
  try {
    await transactOnce([pointerPut(number, conversation, kind, value, null)]);
    return true;
  } catch (error) {
    if (error instanceof TransactionCanceledException) return false;
    throw error;
  }
}
