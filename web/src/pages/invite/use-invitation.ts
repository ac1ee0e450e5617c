import type { AcceptInvitationBody, InvitationPreview } from "@helios/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { call } from "../../api/client";
import { queryKeys } from "../../api/query-keys";
import { tenantHome } from "../../auth/paths";
import { useStartSession } from "../../auth/use-sign-in";
import { toast } from "../../toast/toast-store";

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: queryKeys.invitation(token),
    queryFn: ({ signal }) => call("invitations/preview", { params: { token }, signal }),
    retry: false,
    refetchOnWindowFocus: false,
  });
}

/** Accepts, starts the answered session, and opens the workspace's inbox. */
export function useAcceptInvitation(token: string, invitation: InvitationPreview) {
  const navigate = useNavigate();
  const startSession = useStartSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, signedIn }: { body: AcceptInvitationBody; signedIn: boolean }) =>
      call("invitations/accept", { params: { token }, body, auth: signedIn }),
    onSuccess: ({ token: sessionToken, user, tenant }) => {
      startSession(sessionToken, user);
      queryClient.removeQueries({ queryKey: queryKeys.invitation(token) });
      toast.success(`Welcome to ${tenant.name}! You joined as ${invitation.role}.`);
      navigate(tenantHome(tenant.slug), { replace: true });
    },
  });
}
