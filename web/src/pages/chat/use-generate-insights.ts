import type { Conversation } from "@helios/contracts";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { call } from "../../api/client";
import { useCurrentTenant } from "../../app/tenant-context";

/**
 * `POST …/insights` (202). The result comes later on the conversation (`conversation.updated`),
 * so it is "generating" from the request until the insights change.
 */
export function useGenerateInsights(conversation: Conversation) {
  const { tenant } = useCurrentTenant();
  const current = conversation.insights?.generatedAt ?? null;
  // The insights' version when the request went out; undefined when none is waited for.
  const [waitingOn, setWaitingOn] = useState<string | null | undefined>(undefined);
  const mutation = useMutation({
    mutationFn: () =>
      call("conversations/insights", {
        params: { tenant: tenant.slug, conversationId: conversation.id },
      }),
    onSuccess: () => setWaitingOn(current),
  });
  // A worker that never answers must not keep the button busy forever.
  useEffect(() => {
    if (waitingOn === undefined) return;
    const timer = window.setTimeout(() => setWaitingOn(undefined), 90_000);
    return () => window.clearTimeout(timer);
  }, [waitingOn]);

  const generating = mutation.isPending || (waitingOn !== undefined && waitingOn === current);
  return {
    generate: () => {
      mutation.reset();
      mutation.mutate();
    },
    generating,
    error: mutation.error,
  };
}
