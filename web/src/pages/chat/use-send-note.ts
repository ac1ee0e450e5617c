import { useMutation, useQueryClient } from "@tanstack/react-query";
import { call } from "../../api/client";
import { useCurrentTenant } from "../../app/tenant-context";
import { upsertMessage } from "../../conversations/message-cache";

/** `POST …/notes`: the stored note joins the thread (the realtime copy, if first, is the same id). */
export function useSendNote(conversationId: string) {
  const { tenant } = useCurrentTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      call("conversations/note", {
        params: { tenant: tenant.slug, conversationId },
        body: { text },
      }),
    onSuccess: (message) => upsertMessage(queryClient, tenant.slug, message),
  });
}
