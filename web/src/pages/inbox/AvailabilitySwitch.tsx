import type { TeamList } from "@helios/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { errorMessage } from "../../api/api-error";
import { call } from "../../api/client";
import { queryKeys } from "../../api/query-keys";
import { useCurrentTenant } from "../../app/tenant-context";
import { Switch } from "../../components/Switch";
import { useTeam } from "../../team/use-team";
import { toast } from "../../toast/toast-store";

/** The caller's own switch for round-robin: new conversations skip members who are away. */
export function AvailabilitySwitch() {
  const { tenant, user } = useCurrentTenant();
  const queryClient = useQueryClient();
  const me = useTeam().data?.items.find((member) => member.userId === user.id);
  const change = useMutation({
    mutationFn: (available: boolean) =>
      call("team/availability", { params: { tenant: tenant.slug }, body: { available } }),
    onSuccess: (teammate) => {
      queryClient.setQueryData<TeamList>(
        queryKeys.team(tenant.slug),
        (team) =>
          team && {
            items: team.items.map((m) => (m.userId === teammate.userId ? teammate : m)),
          },
      );
      toast.success(
        teammate.available
          ? "You are available: new conversations can be assigned to you"
          : "You are away: new conversations go to others",
      );
    },
  });
  if (!me) return null;
  return (
    <div className="flex flex-col" data-testid="availability">
      <Switch
        label="Available for new conversations"
        checked={change.isPending ? change.variables : me.available}
        disabled={change.isPending}
        onChange={(available) => change.mutate(available)}
      />
      {change.isError && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {errorMessage(change.error)}
        </p>
      )}
    </div>
  );
}
