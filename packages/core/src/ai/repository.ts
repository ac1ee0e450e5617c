import { unlessConditionFails } from "../db/conditions";
import { keys } from "../db/keys";
import { deleteItem, NEW, putItem } from "../db/table";

/**
 * Marks the customer message as answered by the AI (a new item beside the conversation's
 * messages); false when it was marked already.
 */
export async function claimReplyMarker(conversationId: string, messageId: string) {
  const written = await unlessConditionFails(
    putItem({ Item: { ...keys.aiReply(conversationId, messageId), type: "aiReply" }, ...NEW }),
  );
  return written !== undefined;
}

export async function deleteReplyMarker(conversationId: string, messageId: string) {
  await deleteItem({ Key: keys.aiReply(conversationId, messageId) });
}
