import { RotateCcw } from "lucide-react";
import { type ChatMessage, canRetryOnServer } from "../../conversations/chat-message";

interface FailedNoteProps {
  message: ChatMessage;
  onRetry: (message: ChatMessage) => void;
  onDiscard: (message: ChatMessage) => void;
}

/**
 * Under a failed message: why, and Retry when it can be sent again (one this browser could not
 * send, or one the provider never accepted); Discard only for what never reached the server.
 */
export function FailedNote({ message, onRetry, onDiscard }: FailedNoteProps) {
  const local = message.local === "failed";
  return (
    <div className="mt-1 flex max-w-[85%] flex-wrap items-center justify-end gap-x-3 gap-y-1 text-xs sm:max-w-[70%]">
      <p className="text-red-700" data-testid="message-error">
        {message.status === "queued"
          ? "Not sent yet: the send was interrupted."
          : (message.error?.message ?? "Not delivered.")}
      </p>
      {(local || canRetryOnServer(message)) && (
        <span className="flex gap-1">
          <button
            type="button"
            onClick={() => onRetry(message)}
            className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 font-medium text-emerald-700 hover:bg-emerald-50 focus-visible:outline-2 focus-visible:outline-emerald-600"
          >
            <RotateCcw className="size-3.5" aria-hidden />
            Retry
          </button>
          {local && (
            <button
              type="button"
              onClick={() => onDiscard(message)}
              className="rounded px-1.5 py-0.5 font-medium text-gray-600 hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-emerald-600"
            >
              Discard
            </button>
          )}
        </span>
      )}
    </div>
  );
}
