import type { ConversationStatus } from "@helios/contracts";
import { openCursor, sealCursor } from "../db/cursor";
import { keys } from "../db/keys";
import { queryPage } from "../db/query";
import { readItem } from "../db/table";
import { ConversationItem } from "./conversation";

export const getConversation = (
  tenantId: string,
  id: string,
): Promise<ConversationItem | undefined> =>
  readItem(ConversationItem, keys.conversation(tenantId, id));

/** Newest activity first: gsi1 for every status, gsi2 for one status; one Query per page. */
export async function listConversations(
  tenantId: string,
  options: { status?: ConversationStatus; numberId?: string; limit: number; cursor?: string },
): Promise<{ items: ConversationItem[]; nextCursor: string | null }> {
  const list = keys.conversationsOf(tenantId, options.status);
  const startKey = await openCursor(tenantId, "conversations", options.cursor);
  const page = await queryPage(
    {
      IndexName: list.index,
      KeyConditionExpression: `${list.pkName} = :pk`,
      ExpressionAttributeValues: {
        ":pk": list.pk,
        ...(options.numberId ? { ":numberId": options.numberId } : {}),
      },
      ...(options.numberId ? { FilterExpression: "numberId = :numberId" } : {}),
      ScanIndexForward: false,
      Limit: options.limit,
    },
    startKey,
  );
  return {
    items: page.items.map((item) => ConversationItem.parse(item)),
    nextCursor: await sealCursor(tenantId, "conversations", page.lastKey),
  };
}
