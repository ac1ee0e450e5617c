import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useEffect, useState } from "react";
import { isApiError } from "../api/api-error";
import { call } from "../api/client";
import { queryKeys } from "../api/query-keys";
import { markAccessEnded } from "../app/access-ended";
import { useSession } from "../auth/use-session";
import { config } from "../config";
import { refetchNotifications } from "../notifications/notification-cache";
import { applyRealtimeEvent } from "./apply-event";
import { RealtimeStatus } from "./RealtimeStatus";
import { openRealtime, type RealtimeState } from "./realtime-client";
import { RealtimeContext } from "./realtime-context";
import { resyncConversations } from "./resync";

interface RealtimeProviderProps {
  /** The workspace's slug: one socket per signed-in workspace. */
  tenant: string;
  children: ReactNode;
}

/**
 * The socket's URL for one attempt: a fresh single-use ticket (the JWT stays out of URLs). A 403
 * means the user is no longer a member: null, so the client stops instead of retrying.
 * (A 401 ends the session in `api`, which unmounts the shell.)
 */
async function ticketUrl(tenant: string): Promise<string | null> {
  try {
    const { ticket } = await call("realtime/ticket", { params: { tenant } });
    return `${config.wsUrl}?${new URLSearchParams({ ticket })}`;
  } catch (error) {
    if (isApiError(error) && error.status === 403) return null;
    throw error;
  }
}

/** Keeps the workspace's WebSocket open while the app shell is shown; events update the cache. */
export function RealtimeProvider({ tenant, children }: RealtimeProviderProps) {
  // A new token (password changed here) reconnects with a ticket of the new session.
  const token = useSession()?.token;
  const queryClient = useQueryClient();
  const [state, setState] = useState<RealtimeState>("connecting");

  useEffect(() => {
    if (!token) return;
    return openRealtime({
      connectUrl: () => ticketUrl(tenant),
      onEvent: (event) => applyRealtimeEvent(queryClient, tenant, event),
      onState: (next) => {
        setState(next);
        if (next !== "ended") return;
        markAccessEnded(tenant);
        void queryClient.invalidateQueries({ queryKey: queryKeys.me });
      },
      onResync: (afterDrop) => {
        resyncConversations(queryClient, tenant);
        void refetchNotifications(queryClient, tenant);
        // The server also drops the socket on a role change: the shell follows the new role.
        if (afterDrop) void queryClient.invalidateQueries({ queryKey: queryKeys.me });
      },
    });
  }, [token, tenant, queryClient]);

  return (
    <RealtimeContext.Provider value={state}>
      {children}
      <RealtimeStatus />
    </RealtimeContext.Provider>
  );
}
