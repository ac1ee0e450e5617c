import { MessagesSquare } from "lucide-react";
import { EmptyState } from "../../components/EmptyState";

/** Wide screens, no chat open: what the empty pane beside the list is for. */
export function NoConversationOpen() {
  return (
    <div data-testid="no-conversation-open" className="flex h-full flex-col justify-center">
      <EmptyState icon={MessagesSquare} title="No conversation open">
        Choose one from the list to read and answer it. ↑ and ↓ (or j and k) move through the list.
      </EmptyState>
    </div>
  );
}
