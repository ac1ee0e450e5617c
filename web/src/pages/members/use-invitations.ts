import type { CreateInvitationBody, Invitation, InvitationCreated } from "@helios/contracts";
import { call } from "../../api/client";
import { queryKeys } from "../../api/query-keys";
import { removeById, useListMutation, useWorkspaceQuery } from "../../api/workspace-hooks";
import { useCurrentTenant } from "../../app/tenant-context";

/** Pending invitations; owners and admins only (agents are not asked, the API answers 403). */
export function useInvitations() {
  const { canManage } = useCurrentTenant();
  return useWorkspaceQuery(
    queryKeys.invitations,
    (tenant, signal) => call("invitations/list", { params: { tenant }, signal }),
    { enabled: canManage },
  );
}

export function useCreateInvitation() {
  return useListMutation<CreateInvitationBody, InvitationCreated, Invitation>({
    list: queryKeys.invitations,
    mutate: (tenant, body) => call("invitations/create", { params: { tenant }, body }),
  });
}

export function useRevokeInvitation() {
  return useListMutation<string, undefined, Invitation>({
    list: queryKeys.invitations,
    mutate: (tenant, invitationId) =>
      call("invitations/revoke", { params: { tenant, invitationId } }),
    update: (items, _result, id) => removeById(items, id),
  });
}
