import type { UpdateMeBody } from "@helios/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { call } from "../../api/client";
import { queryKeys } from "../../api/query-keys";
import { clearSession, getSession, setSession } from "../../auth/session";

/**
 * `PATCH /api/me`. A password change ends every session, this one included: the answer's fresh
 * token replaces it, so this tab carries on (and its live connection reconnects with it).
 */
export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMeBody) => call("auth/update-me", { body }),
    onSuccess: ({ user, token }) => {
      const current = getSession();
      const nextToken = token ?? current?.token;
      if (nextToken) setSession({ token: nextToken, user });
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}

export function useResendVerification() {
  return useMutation({ mutationFn: () => call("auth/verify-email-resend") });
}

/** Every session of the user ends, here too: the sign-in page says so. */
export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call("auth/logout-all"),
    onSuccess: () => {
      clearSession("signed-out-everywhere");
      window.setTimeout(() => queryClient.clear(), 0);
    },
  });
}
