import { ArrowDown } from "lucide-react";

/** Shown when messages arrive while the reader is further up; jumps to the newest. */
export function NewMessagesButton({ onClick }: { onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="absolute bottom-3 left-1/2 inline-flex -translate-x-1/2 items-center gap-1.5 rounded-full bg-emerald-600 px-3.5 py-1.5 text-sm font-medium text-white shadow-lg hover:bg-emerald-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-600"
    >
      New messages
      <ArrowDown className="size-4" aria-hidden />
    </button>
  );
}
