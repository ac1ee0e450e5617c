import { call } from "../api/client";
import { queryKeys } from "../api/query-keys";
import { useWorkspaceQuery } from "../api/workspace-hooks";

/** The workspace's labels (names and colours of the ids conversations carry). */
export function useLabels() {
  return useWorkspaceQuery(
    queryKeys.labels,
    (tenant, signal) => call("labels/list", { params: { tenant }, signal }),
    { staleTime: 60_000 },
  );
}
