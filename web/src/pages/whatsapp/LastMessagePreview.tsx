import type { Conversation } from "@helios/contracts";

/** The last message on one line; a reply (outbound) starts with "↩". */
export function LastMessagePreview({ conversation }: { conversation: Conversation }) {
  const last = conversation.lastMessage;
  if (!last) return <span className="text-gray-400 italic">No messages yet</span>;
  return (
    <span className="block truncate" title={last.text}>
      {last.direction === "outbound" && (
        <>
          <span aria-hidden className="mr-1 text-gray-400">
            ↩
          </span>
          <span className="sr-only">Reply: </span>
        </>
      )}
      {last.text || <span className="text-gray-400 italic">Media</span>}
    </span>
  );
}
