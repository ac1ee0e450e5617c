import { z } from "zod";

/** `whatsapp:+` and 8–15 digits (E.164 without the plus is at most 15 digits). */
export const WHATSAPP_ADDRESS = /^whatsapp:\+[1-9]\d{7,14}$/;

export const WhatsAppAddress = z
  .string()
  .trim()
  .regex(
    WHATSAPP_ADDRESS,
    "Use the format whatsapp:+1234567890 (country code and number, 8–15 digits)",
  );

const DisplayName = z
  .string()
  .trim()
  .min(1, "Give the number a display name")
  .max(80, "Use at most 80 characters");
const AgentRef = z.string().trim().min(1).nullable();
const PhoneNumberId = z
  .string()
  .trim()
  .regex(/^\d{5,30}$/, "A Phone Number ID is the number Meta shows (digits only)");
const BusinessAccountId = z
  .string()
  .trim()
  .regex(/^\d{5,30}$/, "A Business Account ID is digits only");
const AccessToken = z.string().trim().min(20, "Paste the whole access token from Meta").max(1000);
const AppSecret = z
  .string()
  .trim()
  .regex(/^[0-9a-fA-F]{32}$/, "An App Secret is 32 hexadecimal characters (App settings → Basic)");

/** Round-robin: each new conversation on the number goes to the next available member. */
const AutoAssign = z.boolean().default(false);

export const CreateTwilioNumberBody = z.object({
  provider: z.literal("twilio"),
  displayName: DisplayName,
  address: WhatsAppAddress,
  assignedAgentId: AgentRef.optional(),
  active: z.boolean().default(false),
  autoAssign: AutoAssign,
});

export const CreateMetaNumberBody = z.object({
  provider: z.literal("meta"),
  displayName: DisplayName,
  phoneNumberId: PhoneNumberId,
  businessAccountId: BusinessAccountId.optional(),
  accessToken: AccessToken,
  appSecret: AppSecret.optional(),
  assignedAgentId: AgentRef.optional(),
  active: z.boolean().default(false),
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
export const UpdateNumberBody = z
  .object({
    displayName: DisplayName,
    address: WhatsAppAddress,
    phoneNumberId: PhoneNumberId,
    businessAccountId: BusinessAccountId.nullable(),
    accessToken: AccessToken,
    appSecret: AppSecret.nullable(),
    assignedAgentId: AgentRef,
    active: z.boolean(),
    autoAssign: z.boolean(),
  })
  .partial();
export type UpdateNumberBody = z.infer<typeof UpdateNumberBody>;

export const WhatsAppNumber = z.object({
  id: z.string(),
  provider: z.enum(["twilio", "meta"]),
  displayName: z.string(),
  address: z.string().optional(),
  phoneNumberId: z.string().optional(),
  businessAccountId: z.string().optional(),
  assignedAgentId: z.string().nullable(),
  active: z.boolean(),
  /** New conversations are assigned round-robin among the members marked available. */
  autoAssign: z.boolean(),
  /** Meta only: whether an app secret is stored (without it webhook signatures are not checked). */
  hasAppSecret: z.boolean().optional(),
  /** Meta only: the number as Graph shows it for the phone number id, and the business's verified name. */
  displayPhoneNumber: z.string().optional(),
  verifiedName: z.string().optional(),
  /**
   * The provider confirmed the workspace owns the address (Twilio: the account lists it; Meta: the
   * token reads the phone number id). An unverified number is taken over by a verified connect.
   */
  verified: z.boolean().optional(),
  /** A verified owner connected this address elsewhere: the number no longer receives messages. */
  disconnected: z.boolean().optional(),
  webhook: z.object({
    url: z.string(),
    statusUrl: z.string().optional(),
    verifyToken: z.string().optional(),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WhatsAppNumber = z.infer<typeof WhatsAppNumber>;

export const WhatsAppNumberList = z.object({ items: z.array(WhatsAppNumber) });
export type WhatsAppNumberList = z.infer<typeof WhatsAppNumberList>;
