import type { Contact, UpdateContactBody } from "@helios/contracts";
import {
  useInfiniteQuery,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { call } from "../api/client";
import { queryKeys } from "../api/query-keys";
import { useCurrentTenant } from "../app/tenant-context";

const pageSize = 25;

/** The workspace's contacts matching `q` (every contact when empty), 25 at a time. */
export function useContacts(q: string) {
  const { tenant } = useCurrentTenant();
  const search = q.trim();
  return useInfiniteQuery({
    queryKey: queryKeys.contactSearch(tenant.slug, search),
    queryFn: ({ pageParam, signal }) =>
      call("contacts/list", {
        params: { tenant: tenant.slug },
        query: { q: search, limit: pageSize, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    select: (data) => data.pages.flatMap((page) => page.items),
    // Typing a new search keeps the previous results on screen until the new ones arrive.
    placeholderData: (previous) => previous,
  });
}

/** One contact (with their conversation ids); `undefined` id waits. */
export function useContact(contactId: string | undefined) {
  const { tenant } = useCurrentTenant();
  return useQuery({
    queryKey: queryKeys.contact(tenant.slug, contactId ?? ""),
    queryFn: ({ signal }) =>
      call("contacts/get", {
        params: { tenant: tenant.slug, contactId: contactId ?? "" },
        signal,
      }),
    enabled: Boolean(contactId),
  });
}

export interface UpdateContactVars {
  contactId: string;
  body: UpdateContactBody;
}

/**
 * PATCH a contact's name or attributes (`attributes` replaces the whole set); the answer goes into
 * the contact's cache at once, and the searches that may list it refetch.
 */
export function useUpdateContact() {
  const { tenant } = useCurrentTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ contactId, body }: UpdateContactVars) =>
      call("contacts/update", { params: { tenant: tenant.slug, contactId }, body }),
    onSuccess: (contact: Contact) => {
      queryClient.setQueryData(queryKeys.contact(tenant.slug, contact.id), contact);
      void queryClient.invalidateQueries({ queryKey: queryKeys.contacts(tenant.slug) });
      // Conversations show the customer's name.
      void queryClient.invalidateQueries({ queryKey: queryKeys.conversations(tenant.slug) });
    },
  });
}

/**
 * A contact's conversations (newest first, at most `limit`), each read on its own: the contact
 * names only their ids.
 */
export function useContactConversations(contact: Contact | undefined, limit = 10) {
  const { tenant } = useCurrentTenant();
  const ids = contact?.conversationIds.slice(0, limit) ?? [];
  return useQueries({
    queries: ids.map((conversationId) => ({
      queryKey: queryKeys.conversation(tenant.slug, conversationId),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        call("conversations/get", { params: { tenant: tenant.slug, conversationId }, signal }),
    })),
  });
}
