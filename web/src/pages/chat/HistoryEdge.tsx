import { Spinner } from "../../components/Spinner";
import { DaySeparator } from "./DaySeparator";

/** Whether older messages exist: more to load, loading, failed, or none (the start). */
export type HistoryState = "more" | "loading" | "failed" | "start";

interface HistoryEdgeProps {
  state: HistoryState;
  /** The day of the first loaded message. */
  firstDay: string | null;
  onLoadOlder: () => void;
}

const button =
  "rounded-md px-2.5 py-1 text-xs font-medium text-emerald-700 hover:bg-emerald-50 focus-visible:outline-2 focus-visible:outline-emerald-600";

/** The list's top padding (px) that holds the edge. */
export const historyEdgeHeight = 88;

/**
 * The top of the chat: older messages load on scroll (or with the button), else its start; then
 * the first message's day.
 */
export function HistoryEdge({ state, firstDay, onLoadOlder }: HistoryEdgeProps) {
  return (
    <div
      className="absolute inset-x-0 top-0 flex flex-col justify-end"
      style={{ height: historyEdgeHeight }}
    >
      <div className="flex h-10 items-center justify-center text-xs text-gray-500">
        {state === "loading" && (
          <span className="inline-flex items-center gap-2" role="status">
            <Spinner className="size-3.5" />
            Loading older messages…
          </span>
        )}
        {state === "more" && (
          <button type="button" onClick={onLoadOlder} className={button}>
            Load older messages
          </button>
        )}
        {state === "failed" && (
          <span className="inline-flex items-center gap-2 text-red-700">
            Could not load older messages.
            <button type="button" onClick={onLoadOlder} className={button}>
              Retry
            </button>
          </span>
        )}
        {state === "start" && <span>This is the start of the conversation.</span>}
      </div>
      {firstDay && <DaySeparator label={firstDay} />}
    </div>
  );
}
