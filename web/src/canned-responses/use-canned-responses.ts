import type { CreateCannedResponseBody, UpdateCannedResponseBody } from "@helios/contracts";
import { call } from "../api/client";
import { queryKeys } from "../api/query-keys";
import { itemListHooks } from "../api/workspace-hooks";

const canned = itemListHooks({
  key: queryKeys.cannedResponses,
  list: (tenant, signal) => call("canned-responses/list", { params: { tenant }, signal }),
  create: (tenant, body: CreateCannedResponseBody) =>
    call("canned-responses/create", { params: { tenant }, body }),
  update: (
    tenant,
    { cannedResponseId, body }: { cannedResponseId: string; body: UpdateCannedResponseBody },
  ) => call("canned-responses/update", { params: { tenant, cannedResponseId }, body }),
  remove: (tenant, cannedResponseId) =>
    call("canned-responses/remove", { params: { tenant, cannedResponseId } }),
});

/** The workspace's saved replies by shortcut (every member reads them; fill with `fillCannedText`). */
export const useCannedResponses = canned.useList;
/** 409 `shortcut_taken` for a shortcut in use. */
export const useCreateCannedResponse = canned.useCreate;
export const useUpdateCannedResponse = canned.useUpdate;
export const useDeleteCannedResponse = canned.useRemove;
