import type { CreateNumberBody, UpdateNumberBody } from "@helios/contracts";
import { call } from "../../api/client";
import { queryKeys } from "../../api/query-keys";
import { itemListHooks } from "../../api/workspace-hooks";

const numbers = itemListHooks({
  key: queryKeys.numbers,
  list: (tenant, signal) => call("numbers/list", { params: { tenant }, signal }),
  create: (tenant, body: CreateNumberBody) => call("numbers/create", { params: { tenant }, body }),
  update: (tenant, { numberId, body }: { numberId: string; body: UpdateNumberBody }) =>
    call("numbers/update", { params: { tenant, numberId }, body }),
  remove: (tenant, numberId) => call("numbers/remove", { params: { tenant, numberId } }),
});

export const useNumbers = numbers.useList;
export const useCreateNumber = numbers.useCreate;
export const useUpdateNumber = numbers.useUpdate;
export const useDeleteNumber = numbers.useRemove;
