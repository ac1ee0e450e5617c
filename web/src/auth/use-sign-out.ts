import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { clearSession } from "./session";

/** Ends the session; `RequireAuth` then shows the sign-in page, and the cache is dropped. */
export function useSignOut(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    clearSession("signed-out");
    // After the signed-in pages have unmounted, so nothing refetches without a token.
    window.setTimeout(() => queryClient.clear(), 0);
  }, [queryClient]);
}
