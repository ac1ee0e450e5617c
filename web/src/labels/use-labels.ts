import type { CreateLabelBody, UpdateLabelBody } from "@helios/contracts";
import { call } from "../api/client";
import { queryKeys } from "../api/query-keys";
import { itemListHooks } from "../api/workspace-hooks";

const labels = itemListHooks({
  key: queryKeys.labels,
  // Conversations carry label ids; a deleted label drops out of them.
  refresh: (tenant) => [queryKeys.conversations(tenant)],
  list: (tenant, signal) => call("labels/list", { params: { tenant }, signal }),
  create: (tenant, body: CreateLabelBody) => call("labels/create", { params: { tenant }, body }),
  update: (tenant, { labelId, body }: { labelId: string; body: UpdateLabelBody }) =>
    call("labels/update", { params: { tenant, labelId }, body }),
  remove: (tenant, labelId) => call("labels/remove", { params: { tenant, labelId } }),
});

/** The workspace's labels by name (every member reads them). */
export const useLabels = labels.useList;
/** 409 `label_exists` for a name in use, whatever its case. */
export const useCreateLabel = labels.useCreate;
export const useUpdateLabel = labels.useUpdate;
export const useDeleteLabel = labels.useRemove;
