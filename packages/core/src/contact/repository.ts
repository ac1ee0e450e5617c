import { openCursor, sealCursor } from "../db/cursor";
import { keys } from "../db/keys";
import { queryPage } from "../db/query";
import { putItem, readItem } from "../db/table";
import { ContactItem } from "./contact";

export const getContact = (tenantId: string, id: string): Promise<ContactItem | undefined> =>
  readItem(ContactItem, keys.contact(tenantId, id));

/**
 * Writes `next` over `read` (or as a new contact when nothing was read), on the version read: a
 * write in between makes this one fail, and the caller decides again.
 */
export async function putContactOnVersion(
  read: ContactItem | undefined,
  next: ContactItem,
): Promise<ContactItem> {
  const stored = { ...next, version: (read?.version ?? 0) + 1 };
  await putItem({
    Item: {
      ...keys.contact(next.tenantId, next.id),
      ...keys.contactIndex(next.tenantId, next.createdAt, next.id),
      type: "contact",
      ...stored,
    },
    ...(read
      ? {
          ConditionExpression: "version = :seen",
          ExpressionAttributeValues: { ":seen": read.version },
        }
      : { ConditionExpression: "attribute_not_exists(pk)" }),
  });
  return stored;
}

/** Newest first: one Query of gsi1 per page. */
export async function listContacts(
  tenantId: string,
  options: { limit: number; cursor?: string },
): Promise<{ items: ContactItem[]; nextCursor: string | null }> {
  const startKey = await openCursor(tenantId, "contacts", options.cursor);
  const page = await queryPage(
    {
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.contactsOfTenantIndex(tenantId).gsi1pk },
      ScanIndexForward: false,
      Limit: options.limit,
    },
    startKey,
  );
  return {
    items: page.items.map((item) => ContactItem.parse(item)),
    nextCursor: await sealCursor(tenantId, "contacts", page.lastKey),
  };
}
