import { call } from "../api/client";
import { queryKeys } from "../api/query-keys";
import { useWorkspaceQuery } from "../api/workspace-hooks";

/** The workspace's saved replies, which `/shortcut` in the composer inserts. */
export function useCannedResponses(options: { enabled?: boolean } = {}) {
  return useWorkspaceQuery(
    queryKeys.cannedResponses,
    (tenant, signal) => call("canned-responses/list", { params: { tenant }, signal }),
    { staleTime: 30_000, ...options },
  );
}
