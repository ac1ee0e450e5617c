import type { Conversation } from "@helios/contracts";
import { useState } from "react";
import { customerName } from "../../conversations/format-address";
import { ChatComposer } from "./ChatComposer";
import { ChatHeader } from "./ChatHeader";
import { ChatSidebar } from "./ChatSidebar";
import { DeleteConversationDialog } from "./DeleteConversationDialog";
import { MessageList } from "./MessageList";
import { useMarkRead } from "./use-mark-read";
import { useNow } from "./use-now";
import { useSendMessage } from "./use-send-message";
import { windowOpenAt } from "./window";

/**
 * The chat: header, messages and composer, and the contact and AI insights beside them. Fills the
 * viewport below the shell's padding so that only the message list scrolls.
 */
export function ChatView({ conversation }: { conversation: Conversation }) {
  const now = useNow(15_000);
  const windowOpen = windowOpenAt(conversation, now);
  const sender = useSendMessage(conversation.id);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [deleting, setDeleting] = useState(false);
  useMarkRead(conversation);

  return (
    <div
      className="@container flex h-[calc(100dvh-6.75rem)] min-h-[32rem] flex-col lg:h-[calc(100dvh-5rem)]"
      data-testid="chat"
      data-conversation-id={conversation.id}
    >
      <ChatHeader
        conversation={conversation}
        windowOpen={windowOpen}
        now={now}
        detailsOpen={detailsOpen}
        onToggleDetails={() => setDetailsOpen((open) => !open)}
        onDelete={() => setDeleting(true)}
      />
      <div className="relative flex min-h-0 flex-1 gap-4">
        <section
          aria-label="Chat"
          className="flex min-w-0 flex-1 flex-col overflow-hidden rounded-lg border border-gray-200 bg-white shadow-sm"
        >
          <MessageList conversationId={conversation.id} sender={sender} />
          <ChatComposer conversation={conversation} windowOpen={windowOpen} sender={sender} />
        </section>
        <ChatSidebar
          conversation={conversation}
          open={detailsOpen}
          onClose={() => setDetailsOpen(false)}
        />
      </div>
      {deleting && (
        <DeleteConversationDialog
          conversationId={conversation.id}
          customer={customerName(conversation.customer)}
          onClose={() => setDeleting(false)}
        />
      )}
    </div>
  );
}
