import type { CreateNumberBody, UpdateNumberBody, WhatsAppNumber } from "@helios/contracts";
import { call } from "../../api/client";
import { queryKeys } from "../../api/query-keys";
import {
  removeById,
  replaceById,
  upsertById,
  useListMutation,
  useWorkspaceQuery,
} from "../../api/workspace-hooks";

export function useNumbers() {
  return useWorkspaceQuery(queryKeys.numbers, (tenant, signal) =>
    call("numbers/list", { params: { tenant }, signal }),
  );
}

export function useCreateNumber() {
  return useListMutation<CreateNumberBody, WhatsAppNumber, WhatsAppNumber>({
    list: queryKeys.numbers,
    mutate: (tenant, body) => call("numbers/create", { params: { tenant }, body }),
    update: upsertById,
  });
}

export function useUpdateNumber() {
  return useListMutation<
    { numberId: string; body: UpdateNumberBody },
    WhatsAppNumber,
    WhatsAppNumber
  >({
    list: queryKeys.numbers,
    mutate: (tenant, { numberId, body }) =>
      call("numbers/update", { params: { tenant, numberId }, body }),
    update: replaceById,
  });
}

export function useDeleteNumber() {
  return useListMutation<string, undefined, WhatsAppNumber>({
    list: queryKeys.numbers,
    mutate: (tenant, numberId) => call("numbers/remove", { params: { tenant, numberId } }),
    update: (items, _result, numberId) => removeById(items, numberId),
  });
}
