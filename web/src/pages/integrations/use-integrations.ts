import type { Integration, IntegrationList, TwilioCredentials } from "@helios/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  connectTwilio,
  disconnectTwilio,
  listIntegrations,
  listTwilioNumbers,
} from "../../api/integrations";
import { queryKeys } from "../../api/query-keys";
import { useCurrentTenant } from "../../app/tenant-context";

export function useIntegrations() {
  const { tenant } = useCurrentTenant();
  return useQuery({
    queryKey: queryKeys.integrations(tenant.slug),
    queryFn: ({ signal }) => listIntegrations(tenant.slug, signal),
  });
}

/** The connected Twilio account, if any, from a loaded list. */
export function findTwilio(list: IntegrationList | undefined): Integration | undefined {
  return list?.items.find((item) => item.provider === "twilio" && item.connected);
}

/** The Twilio account's WhatsApp senders (409 `twilio_not_connected` without an account). */
export function useTwilioNumbers(enabled: boolean) {
  const { tenant } = useCurrentTenant();
  return useQuery({
    queryKey: queryKeys.twilioNumbers(tenant.slug),
    queryFn: ({ signal }) => listTwilioNumbers(tenant.slug, signal),
    enabled,
    // Numbers added in the Twilio Console meanwhile show up each time the modal opens.
    staleTime: 0,
  });
}

function useSetTwilio() {
  const { tenant } = useCurrentTenant();
  const queryClient = useQueryClient();
  return (twilio: Integration | null) => {
    queryClient.setQueryData<IntegrationList>(queryKeys.integrations(tenant.slug), (list) => {
      const others = list?.items.filter((item) => item.provider !== "twilio") ?? [];
      return { items: twilio ? [...others, twilio] : others };
    });
    // Also refreshes the Twilio numbers (their key starts with the integrations key).
    void queryClient.invalidateQueries({ queryKey: queryKeys.integrations(tenant.slug) });
  };
}

export function useConnectTwilio() {
  const { tenant } = useCurrentTenant();
  const setTwilio = useSetTwilio();
  return useMutation({
    mutationFn: (body: TwilioCredentials) => connectTwilio(tenant.slug, body),
    onSuccess: ({ accountSid, friendlyName }) =>
      setTwilio({
        provider: "twilio",
        connected: true,
        accountSid,
        friendlyName,
        connectedAt: new Date().toISOString(),
      }),
  });
}

export function useDisconnectTwilio() {
  const { tenant } = useCurrentTenant();
  const setTwilio = useSetTwilio();
  return useMutation({
    mutationFn: () => disconnectTwilio(tenant.slug),
    onSuccess: () => setTwilio(null),
  });
}
