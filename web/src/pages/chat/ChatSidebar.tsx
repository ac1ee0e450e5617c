import type { Conversation } from "@helios/contracts";
import clsx from "clsx";
import { X } from "lucide-react";
import { ContactPanel } from "./contact/ContactPanel";
import { InsightsPanel } from "./InsightsPanel";

interface ChatSidebarProps {
  conversation: Conversation;
  /** A narrow chat: shown over the messages when open. A wide one: always beside them. */
  open: boolean;
  onClose: () => void;
}

/**
 * Beside the chat: the contact and the AI insights. "Wide" is the chat's own width (a container
 * query), not the window's, so the chat can sit beside a conversation list.
 */
export function ChatSidebar({ conversation, open, onClose }: ChatSidebarProps) {
  return (
    <aside
      id="chat-details"
      aria-label="Contact and insights"
      data-testid="chat-details"
      onKeyDown={(event) => {
        if (open && event.key === "Escape") onClose();
      }}
      className={clsx(
        "w-72 shrink-0 space-y-6 overflow-y-auto rounded-lg border border-gray-200 bg-white p-4 @5xl:w-80",
        open
          ? "@max-3xl:absolute @max-3xl:inset-y-0 @max-3xl:right-0 @max-3xl:z-20 @max-3xl:max-w-[calc(100%-1rem)] @max-3xl:shadow-xl"
          : "@max-3xl:hidden",
      )}
    >
      <div className="-mb-4 flex justify-end @3xl:hidden">
        <button
          type="button"
          onClick={onClose}
          aria-label="Hide details"
          className="rounded-md p-1 text-gray-500 hover:bg-gray-100"
        >
          <X className="size-5" aria-hidden />
        </button>
      </div>
      <ContactPanel conversation={conversation} />
      <hr className="border-gray-100" />
      <InsightsPanel conversation={conversation} />
    </aside>
  );
}
