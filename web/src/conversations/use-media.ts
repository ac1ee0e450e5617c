import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { call } from "../api/client";
import { queryKeys } from "../api/query-keys";
import { useCurrentTenant } from "../app/tenant-context";

export interface MediaRef {
  conversationId: string;
  messageId: string;
  index: number;
}

/**
 * An attachment as an object URL for <img>/<audio>/<video>: the bytes come from Helios with the
 * session's token (a plain src cannot send it). The Blob is cached; each mount gets its own URL,
 * revoked when it unmounts, so scrolling a long chat does not pile up object URLs.
 */
export function useMedia(ref: MediaRef, enabled = true) {
  const { tenant } = useCurrentTenant();
  const query = useQuery({
    queryKey: queryKeys.media(tenant.slug, ref.conversationId, ref.messageId, ref.index),
    queryFn: ({ signal }) =>
      call("conversations/media", {
        params: {
          tenant: tenant.slug,
          conversationId: ref.conversationId,
          messageId: ref.messageId,
          index: String(ref.index),
        },
        signal,
      }),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 10 * 60_000,
    retry: 1,
  });
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!query.data) return;
    const objectUrl = URL.createObjectURL(query.data);
    setUrl(objectUrl);
    return () => {
      URL.revokeObjectURL(objectUrl);
      setUrl(undefined);
    };
  }, [query.data]);
  return { url, blob: query.data, error: query.error, isLoading: query.isLoading };
}
