import { RotateCcw } from "lucide-react";
import type { ChatMessage } from "../../conversations/chat-message";

interface FailedNoteProps {
  message: ChatMessage;
  onRetry: (message: ChatMessage) => void;
  onDiscard: (message: ChatMessage) => void;
}

/** Under a failed message: why, and (for one this browser could not send) Retry or Discard. */
export function FailedNote({ message, onRetry, onDiscard }: FailedNoteProps) {
  return (
    <div className="mt-1 flex max-w-[85%] flex-wrap items-center justify-end gap-x-3 gap-y-1 text-xs sm:max-w-[70%]">
      <p className="text-red-700" data-testid="message-error">
        {message.error?.message ?? "Not delivered."}
      </p>
      {message.local === "failed" && (
        <span className="flex gap-1">
          <button
            type="button"
            onClick={() => onRetry(message)}
            className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 font-medium text-emerald-700 hover:bg-emerald-50 focus-visible:outline-2 focus-visible:outline-emerald-600"
          >
            <RotateCcw className="size-3.5" aria-hidden />
            Retry
          </button>
          <button
            type="button"
            onClick={() => onDiscard(message)}
            className="rounded px-1.5 py-0.5 font-medium text-gray-600 hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-emerald-600"
          >
            Discard
          </button>
        </span>
      )}
    </div>
  );
}
