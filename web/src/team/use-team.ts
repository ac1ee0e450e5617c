import { call } from "../api/client";
import { queryKeys } from "../api/query-keys";
import { useWorkspaceQuery } from "../api/workspace-hooks";

/** The workspace's members as colleagues see them: who can be assigned or @mentioned. */
export function useTeam() {
  return useWorkspaceQuery(
    queryKeys.team,
    (tenant, signal) => call("team/list", { params: { tenant }, signal }),
    { staleTime: 60_000 },
  );
}
