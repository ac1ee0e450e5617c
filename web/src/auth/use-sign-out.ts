import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { call } from "../api/client";
import { clearSession, getToken } from "./session";

/**
 * Ends the session on the server (the token stops working at once) and here; `RequireAuth` then
 * shows the sign-in page, and the cache is dropped. The browser forgets the session even when the
 * server cannot be reached.
 */
export function useSignOut(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    // The request takes the token now, before the session is cleared below.
    if (getToken()) {
      call("auth/logout", { keepalive: true }).catch(() => {
        // Offline or already ended: the token expires by itself; this browser forgets it anyway.
      });
    }
    clearSession("signed-out");
    // After the signed-in pages have unmounted, so nothing refetches without a token.
    window.setTimeout(() => queryClient.clear(), 0);
  }, [queryClient]);
}
