import type { Integration } from "@helios/contracts";
import * as z from "@helios/contracts/zod";

export const TwilioIntegrationItem = z.object({
  tenantId: z.string(),
  provider: z.literal("twilio"),
  accountSid: z.string(),
  /** Sealed with crypto/secret-box; decrypted only to call Twilio or check its signatures. */
  authTokenSealed: z.string(),
  friendlyName: z.string(),
  /** Twilio numbers connected through this integration; disconnecting needs none. */
  numberCount: z.int(),
  connectedAt: z.string(),
});
export type TwilioIntegrationItem = z.infer<typeof TwilioIntegrationItem>;

export const authTokenContext = (tenantId: string) => `tenant:${tenantId}:twilio.authToken`;

export const toIntegration = (item: TwilioIntegrationItem): Integration => ({
  provider: item.provider,
  connected: true,
  accountSid: item.accountSid,
  friendlyName: item.friendlyName,
  connectedAt: item.connectedAt,
});
