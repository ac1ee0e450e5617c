import * as z from "./zod";

/** `whatsapp:+` and 8–15 digits (E.164 without the plus is at most 15 digits). */
export const WHATSAPP_ADDRESS = /^whatsapp:\+[1-9]\d{7,14}$/;

export const WhatsAppAddress = z
  .string()
  .check(
    z.trim(),
    z.regex(
      WHATSAPP_ADDRESS,
      "Use the format whatsapp:+1234567890 (country code and number, 8–15 digits)",
    ),
  );

const DisplayName = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, "Give the number a display name"),
    z.maxLength(80, "Use at most 80 characters"),
  );
const AgentRef = z.nullable(z.string().check(z.trim(), z.minLength(1)));
const PhoneNumberId = z
  .string()
  .check(
    z.trim(),
    z.regex(/^\d{5,30}$/, "A Phone Number ID is the number Meta shows (digits only)"),
  );
const BusinessAccountId = z
  .string()
  .check(z.trim(), z.regex(/^\d{5,30}$/, "A Business Account ID is digits only"));
const AccessToken = z
  .string()
  .check(z.trim(), z.minLength(20, "Paste the whole access token from Meta"), z.maxLength(1000));
const AppSecret = z
  .string()
  .check(
    z.trim(),
    z.regex(
      /^[0-9a-fA-F]{32}$/,
      "An App Secret is 32 hexadecimal characters (App settings → Basic)",
    ),
  );

/** Round-robin: each new conversation on the number goes to the next available member. */
const AutoAssign = z._default(z.boolean(), false);

export const CreateTwilioNumberBody = z.object({
  provider: z.literal("twilio"),
  displayName: DisplayName,
  address: WhatsAppAddress,
  assignedAgentId: z.optional(AgentRef),
  active: z._default(z.boolean(), false),
  autoAssign: AutoAssign,
});

export const CreateMetaNumberBody = z.object({
  provider: z.literal("meta"),
  displayName: DisplayName,
  phoneNumberId: PhoneNumberId,
  businessAccountId: z.optional(BusinessAccountId),
  accessToken: AccessToken,
  appSecret: z.optional(AppSecret),
  assignedAgentId: z.optional(AgentRef),
  active: z._default(z.boolean(), false),
  autoAssign: AutoAssign,
});

export const CreateNumberBody = z.discriminatedUnion(
  "provider",
  [CreateTwilioNumberBody, CreateMetaNumberBody],
  {
    error: "Choose the provider: twilio or meta",
  },
);
export type CreateNumberBody = z.infer<typeof CreateNumberBody>;

/** Any field may change but the provider; a token or secret left out keeps the stored one. */
export const UpdateNumberBody = z.partial(
  z.object({
    displayName: DisplayName,
    address: WhatsAppAddress,
    phoneNumberId: PhoneNumberId,
    businessAccountId: z.nullable(BusinessAccountId),
    accessToken: AccessToken,
    appSecret: z.nullable(AppSecret),
    assignedAgentId: AgentRef,
    active: z.boolean(),
    autoAssign: z.boolean(),
  }),
);
export type UpdateNumberBody = z.infer<typeof UpdateNumberBody>;

export const WhatsAppNumber = z.object({
  id: z.string(),
  provider: z.enum(["twilio", "meta"]),
  displayName: z.string(),
  address: z.optional(z.string()),
  phoneNumberId: z.optional(z.string()),
  businessAccountId: z.optional(z.string()),
  assignedAgentId: z.nullable(z.string()),
  active: z.boolean(),
  /** New conversations are assigned round-robin among the members marked available. */
  autoAssign: z.boolean(),
  /** Meta only: whether an app secret is stored (without it webhook signatures are not checked). */
  hasAppSecret: z.optional(z.boolean()),
  /** Meta only: the number as Graph shows it for the phone number id, and the business's verified name. */
  displayPhoneNumber: z.optional(z.string()),
  verifiedName: z.optional(z.string()),
  /**
   * The provider confirmed the workspace owns the address (Twilio: the account lists it; Meta: the
   * token reads the phone number id). An unverified number is taken over by a verified connect.
   */
  verified: z.optional(z.boolean()),
  /** A verified owner connected this address elsewhere: the number no longer receives messages. */
  disconnected: z.optional(z.boolean()),
  webhook: z.object({
    url: z.string(),
    statusUrl: z.optional(z.string()),
    verifyToken: z.optional(z.string()),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WhatsAppNumber = z.infer<typeof WhatsAppNumber>;

export const WhatsAppNumberList = z.object({ items: z.array(WhatsAppNumber) });
export type WhatsAppNumberList = z.infer<typeof WhatsAppNumberList>;
