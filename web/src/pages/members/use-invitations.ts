import type { CreateInvitationBody, InvitationList } from "@helios/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createInvitation, listInvitations, revokeInvitation } from "../../api/invitations";
import { queryKeys } from "../../api/query-keys";
import { useCurrentTenant } from "../../app/tenant-context";

/** Pending invitations; owners and admins only (agents are not asked, the API answers 403). */
export function useInvitations() {
  const { tenant, canManage } = useCurrentTenant();
  return useQuery({
    queryKey: queryKeys.invitations(tenant.slug),
    queryFn: ({ signal }) => listInvitations(tenant.slug, signal),
    enabled: canManage,
  });
}

export function useCreateInvitation() {
  const { tenant } = useCurrentTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationBody) => createInvitation(tenant.slug, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.invitations(tenant.slug) });
    },
  });
}

export function useRevokeInvitation() {
  const { tenant } = useCurrentTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => revokeInvitation(tenant.slug, id),
    onSuccess: (_result, id) => {
      queryClient.setQueryData<InvitationList>(queryKeys.invitations(tenant.slug), (list) =>
        list ? { items: list.items.filter((invitation) => invitation.id !== id) } : list,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.invitations(tenant.slug) });
    },
  });
}
