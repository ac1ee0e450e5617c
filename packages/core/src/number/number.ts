import type { WhatsAppNumber } from "@helios/contracts";
import { z } from "zod";
import { requireEnv } from "../config";

export const NumberItem = z.object({
  tenantId: z.string(),
  id: z.string(),
  provider: z.enum(["twilio", "meta"]),
  displayName: z.string(),
  address: z.string().optional(),
  phoneNumberId: z.string().optional(),
  businessAccountId: z.string().optional(),
  /** Sealed with crypto/secret-box; never returned. */
  accessTokenSealed: z.string().optional(),
  appSecretSealed: z.string().optional(),
  verifyToken: z.string().optional(),
  /** Meta: what Graph answered for the phone number id at connect or edit. */
  displayPhoneNumber: z.string().optional(),
  verifiedName: z.string().optional(),
  /**
   * The provider confirmed the tenant owns the address (Twilio: the account lists it; Meta: Graph
   * answered for the id with the token). Items written before the check count as unverified.
   */
  verified: z.boolean().optional(),
  /** When a verified claim took the address over: the number no longer receives anything. */
  disconnectedAt: z.string().optional(),
  assignedAgentId: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type NumberItem = z.infer<typeof NumberItem>;

/** The provider address a number is unique by, across all tenants. */
export const claimAddress = (number: Pick<NumberItem, "provider" | "address" | "phoneNumberId">) =>
  (number.provider === "twilio" ? number.address : number.phoneNumberId) ?? "";

export const secretContext = (numberId: string, field: "accessToken" | "appSecret") =>
  `number:${numberId}:${field}`;

export function toNumber(item: NumberItem): WhatsAppNumber {
  const base = `${requireEnv("PUBLIC_URL").replace(/\/+$/, "")}/webhooks/${item.provider}/${item.id}`;
  return {
    id: item.id,
    provider: item.provider,
    displayName: item.displayName,
    ...(item.address ? { address: item.address } : {}),
    ...(item.phoneNumberId ? { phoneNumberId: item.phoneNumberId } : {}),
    ...(item.businessAccountId ? { businessAccountId: item.businessAccountId } : {}),
    ...(item.provider === "meta" ? { hasAppSecret: item.appSecretSealed !== undefined } : {}),
    ...(item.displayPhoneNumber ? { displayPhoneNumber: item.displayPhoneNumber } : {}),
    ...(item.verifiedName ? { verifiedName: item.verifiedName } : {}),
    verified: item.verified === true,
    disconnected: item.disconnectedAt !== undefined,
    assignedAgentId: item.assignedAgentId,
    active: item.active,
    webhook:
      item.provider === "twilio"
        ? { url: base, statusUrl: `${base}/status` }
        : { url: base, verifyToken: item.verifyToken ?? "" },
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}
