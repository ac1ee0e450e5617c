import type { AddMemberBody, Member, Role } from "@helios/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { call } from "../../api/client";
import { queryKeys } from "../../api/query-keys";
import { useListMutation, useWorkspaceQuery } from "../../api/workspace-hooks";
import { useCurrentTenant } from "../../app/tenant-context";

/** Only owners and admins may list members (the API answers 403 to agents), so agents don't ask. */
export function useMembers() {
  const { canManage } = useCurrentTenant();
  return useWorkspaceQuery(
    queryKeys.members,
    (tenant, signal) => call("members/list", { params: { tenant }, signal }),
    { enabled: canManage },
  );
}

/** `/api/me` is refetched when the change is about the signed-in user (own role). */
function useRefreshMe() {
  const queryClient = useQueryClient();
  const { user } = useCurrentTenant();
  return (userId: string) => {
    if (userId === user.id) void queryClient.invalidateQueries({ queryKey: queryKeys.me });
  };
}

export function useAddMember() {
  return useListMutation<AddMemberBody, Member, Member>({
    list: queryKeys.members,
    mutate: (tenant, body) => call("members/add", { params: { tenant }, body }),
  });
}

export function useChangeRole() {
  const refreshMe = useRefreshMe();
  return useListMutation<{ userId: string; role: Role }, Member, Member>({
    list: queryKeys.members,
    mutate: (tenant, { userId, role }) =>
      call("members/change-role", { params: { tenant, userId }, body: { role } }),
    // Show the new role at once; the refetch confirms it.
    update: (items, _member, { userId, role }) =>
      items.map((m) => (m.userId === userId ? { ...m, role } : m)),
    onSuccess: (_member, { userId }) => refreshMe(userId),
  });
}

export function useRemoveMember() {
  const refreshMe = useRefreshMe();
  return useListMutation<string, undefined, Member>({
    list: queryKeys.members,
    mutate: (tenant, userId) => call("members/remove", { params: { tenant, userId } }),
    update: (items, _result, userId) => items.filter((m) => m.userId !== userId),
    onSuccess: (_result, userId) => refreshMe(userId),
  });
}
