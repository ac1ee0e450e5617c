import type { MeResponse, User } from "@helios/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { queryKeys } from "../api/query-keys";
import { clearAccessEnded } from "../app/access-ended";
import { setSession } from "./session";

/** Starts a session from a signup/login answer, dropping anything cached for a previous user. */
export function useStartSession(): (token: string, user: User, me?: MeResponse) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (token, user, me) => {
      queryClient.clear();
      clearAccessEnded();
      if (me) queryClient.setQueryData(queryKeys.me, me);
      setSession({ token, user });
    },
    [queryClient],
  );
}
