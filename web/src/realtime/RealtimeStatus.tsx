import clsx from "clsx";
import { Spinner } from "../components/Spinner";
import { useRealtimeState } from "./realtime-context";

/**
 * The live connection's state (`data-state`): nothing to see while connected, a small
 * "Reconnecting…" pill at the top while the socket is down.
 */
export function RealtimeStatus() {
  const state = useRealtimeState();
  const reconnecting = state === "reconnecting";
  return (
    <div
      role="status"
      data-testid="realtime-status"
      data-state={state}
      className={clsx(
        "pointer-events-none fixed top-3 left-1/2 z-50 -translate-x-1/2",
        !reconnecting && "sr-only",
      )}
    >
      {reconnecting && (
        <span className="inline-flex items-center gap-2 rounded-full bg-amber-50 px-3 py-1 text-xs font-medium text-amber-900 shadow-sm ring-1 ring-amber-600/20">
          <Spinner className="size-3.5" />
          Reconnecting…
        </span>
      )}
    </div>
  );
}
