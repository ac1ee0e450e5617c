import type { Conversation } from "@helios/contracts";
import { knownLabelIds } from "../label/known";
import { type ConversationItem, toConversation } from "./conversation";

/**
 * Conversations as the API shows them to the workspace: a deleted label's id stays on the
 * conversations that carried it (until their labels are next set) but is not shown. The label ids
 * are read only when one of the conversations has labels.
 */
export async function presentAll(
  tenantId: string,
  items: readonly ConversationItem[],
): Promise<Conversation[]> {
  const labelled = items.some((item) => item.labels.length > 0);
  const known = labelled ? await knownLabelIds(tenantId) : new Set<string>();
  return items.map((item) => {
    const conversation = toConversation(item);
    return labelled
      ? { ...conversation, labels: item.labels.filter((id) => known.has(id)) }
      : conversation;
  });
}

export async function present(tenantId: string, item: ConversationItem): Promise<Conversation> {
  const [conversation] = await presentAll(tenantId, [item]);
  return conversation as Conversation;
}
