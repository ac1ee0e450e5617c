import type { Integration, IntegrationList, TwilioCredentials } from "@helios/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { call } from "../../api/client";
import { queryKeys } from "../../api/query-keys";
import { useWorkspaceQuery } from "../../api/workspace-hooks";
import { useCurrentTenant } from "../../app/tenant-context";

export function useIntegrations() {
  return useWorkspaceQuery(queryKeys.integrations, (tenant, signal) =>
    call("integrations/list", { params: { tenant }, signal }),
  );
}

/** The connected Twilio account, if any, from a loaded list. */
export function findTwilio(list: IntegrationList | undefined): Integration | undefined {
  return list?.items.find((item) => item.provider === "twilio" && item.connected);
}

/** The Twilio account's WhatsApp senders (409 `twilio_not_connected` without an account). */
export function useTwilioNumbers(enabled: boolean) {
  return useWorkspaceQuery(
    queryKeys.twilioNumbers,
    (tenant, signal) => call("integrations/twilio-numbers", { params: { tenant }, signal }),
    // Numbers added in the Twilio Console meanwhile show up each time the modal opens.
    { enabled, staleTime: 0 },
  );
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
    mutationFn: (body: TwilioCredentials) =>
      call("integrations/connect-twilio", { params: { tenant: tenant.slug }, body }),
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
    mutationFn: () => call("integrations/disconnect-twilio", { params: { tenant: tenant.slug } }),
    onSuccess: () => setTwilio(null),
  });
}
