import * as z from "./zod";

export const TwilioCredentials = z.object({
  accountSid: z
    .string()
    .check(
      z.trim(),
      z.regex(/^AC[0-9a-fA-F]{32}$/, "An Account SID is AC followed by 32 hexadecimal characters"),
    ),
  authToken: z
    .string()
    .check(
      z.trim(),
      z.regex(
        /^[0-9a-zA-Z]{32}$/,
        "An Auth Token is 32 letters and digits (Twilio Console → Account Info)",
      ),
    ),
});
export type TwilioCredentials = z.infer<typeof TwilioCredentials>;

export const TwilioConnection = z.object({
  provider: z.literal("twilio"),
  connected: z.literal(true),
  accountSid: z.string(),
  friendlyName: z.string(),
});
export type TwilioConnection = z.infer<typeof TwilioConnection>;

export const Integration = z.object({
  provider: z.enum(["twilio"]),
  connected: z.boolean(),
  accountSid: z.string(),
  friendlyName: z.optional(z.string()),
  connectedAt: z.string(),
});
export type Integration = z.infer<typeof Integration>;

export const IntegrationList = z.object({ items: z.array(Integration) });
export type IntegrationList = z.infer<typeof IntegrationList>;

export const TwilioNumber = z.object({
  address: z.string(),
  friendlyName: z.string(),
  /**
   * Already connected in Helios: `here` (this workspace) or `elsewhere` (another workspace, verified).
   * A number held elsewhere only by an unverified claim is offered: connecting it takes it over.
   */
  connected: z.optional(z.nullable(z.enum(["here", "elsewhere"]))),
});
export type TwilioNumber = z.infer<typeof TwilioNumber>;

export const TwilioNumberList = z.object({ items: z.array(TwilioNumber) });
export type TwilioNumberList = z.infer<typeof TwilioNumberList>;
