import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useEffect, useState } from "react";
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

/** Keeps the workspace's WebSocket open while the app shell is shown; events update the cache. */
export function RealtimeProvider({ tenant, children }: RealtimeProviderProps) {
  const token = useSession()?.token;
  const queryClient = useQueryClient();
  const [state, setState] = useState<RealtimeState>("connecting");

  useEffect(() => {
    if (!token) return;
    const query = new URLSearchParams({ token, tenant });
    return openRealtime({
      url: `${config.wsUrl}?${query}`,
      onEvent: (event) => applyRealtimeEvent(queryClient, tenant, event),
      onState: setState,
      onResync: () => {
        resyncConversations(queryClient, tenant);
        void refetchNotifications(queryClient, tenant);
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
