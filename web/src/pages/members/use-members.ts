import type { AddMemberBody, MemberList, Role } from "@helios/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { addMember, changeMemberRole, listMembers, removeMember } from "../../api/members";
import { queryKeys } from "../../api/query-keys";
import { useCurrentTenant } from "../../app/tenant-context";

/** Only owners and admins may list members (the API answers 403 to agents), so agents don't ask. */
export function useMembers() {
  const { tenant, canManage } = useCurrentTenant();
  return useQuery({
    queryKey: queryKeys.members(tenant.slug),
    queryFn: ({ signal }) => listMembers(tenant.slug, signal),
    enabled: canManage,
  });
}

/** Refreshes the list, and `/api/me` when the change is about the signed-in user (own role). */
function useRefresh() {
  const queryClient = useQueryClient();
  const { tenant, user } = useCurrentTenant();
  return (userId?: string) => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.members(tenant.slug) });
    if (userId === user.id) void queryClient.invalidateQueries({ queryKey: queryKeys.me });
  };
}

export function useAddMember() {
  const { tenant } = useCurrentTenant();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: AddMemberBody) => addMember(tenant.slug, body),
    onSuccess: () => refresh(),
  });
}

export function useChangeRole() {
  const { tenant } = useCurrentTenant();
  const queryClient = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      changeMemberRole(tenant.slug, userId, role),
    onSuccess: (_member, { userId, role }) => {
      // Show the new role at once; the refetch confirms it.
      queryClient.setQueryData<MemberList>(queryKeys.members(tenant.slug), (list) =>
        list ? { items: list.items.map((m) => (m.userId === userId ? { ...m, role } : m)) } : list,
      );
      refresh(userId);
    },
  });
}

export function useRemoveMember() {
  const { tenant } = useCurrentTenant();
  const queryClient = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (userId: string) => removeMember(tenant.slug, userId),
    onSuccess: (_result, userId) => {
      queryClient.setQueryData<MemberList>(queryKeys.members(tenant.slug), (list) =>
        list ? { items: list.items.filter((m) => m.userId !== userId) } : list,
      );
      refresh(userId);
    },
  });
}
