import { MessagesSquare } from "lucide-react";

/** Wide screens, no chat open: what the empty pane beside the list is for. */
export function NoConversationOpen() {
  return (
    <div
      data-testid="no-conversation-open"
      className="flex h-full flex-col items-center justify-center gap-3 rounded-lg border border-dashed border-gray-300 bg-white p-8 text-center"
    >
      <span className="flex size-12 items-center justify-center rounded-full bg-emerald-50">
        <MessagesSquare className="size-6 text-emerald-600" aria-hidden />
      </span>
      <h2 className="text-base font-semibold text-gray-900">No conversation open</h2>
      <p className="max-w-sm text-sm text-gray-600">
        Choose one from the list to read and answer it. ↑ and ↓ (or j and k) move through the list.
      </p>
    </div>
  );
}
