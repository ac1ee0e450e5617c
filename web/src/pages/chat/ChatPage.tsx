import { useParams } from "react-router";
import { isApiError } from "../../api/api-error";
import { useCurrentTenant } from "../../app/tenant-context";
import { QueryError } from "../../components/ErrorState";
import { ChatSkeleton } from "../../components/skeletons";
import { useConversationDeleted } from "../../conversations/deleted-store";
import { ChatView } from "./ChatView";
import { ConversationGone } from "./ConversationGone";
import { useConversation } from "./use-conversation";
import { useDeletingHere } from "./use-delete-conversation";

/** `/app/:tenant/whatsapp/:conversationId`: one conversation, live. */
export function ChatPage() {
  const { conversationId = "" } = useParams();
  const { tenant } = useCurrentTenant();
  const deleted = useConversationDeleted(tenant.slug, conversationId);
  const deletingHere = useDeletingHere(conversationId);
  const conversation = useConversation(conversationId, !deleted);

  // Deleted here: the way back to WhatsApp is on its way.
  if (deleted && deletingHere) return <ChatSkeleton />;
  if (deleted) return <ConversationGone deleted />;
  if (isApiError(conversation.error) && conversation.error.status === 404) {
    return <ConversationGone deleted={false} />;
  }
  if (conversation.isPending) return <ChatSkeleton />;
  if (conversation.isLoadingError) {
    return <QueryError title="Could not load the conversation" query={conversation} />;
  }
  return <ChatView key={conversationId} conversation={conversation.data} />;
}
