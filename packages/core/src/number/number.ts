import { WhatsAppNumber } from "@helios/contracts";
import * as z from "@helios/contracts/zod";
import { requireEnv } from "../config";

/** The stored number: the API's fields it keeps as they are, plus its tenant and its secrets. */
export const NumberItem = z.extend(
  z.pick(WhatsAppNumber, {
    id: true,
    provider: true,
    displayName: true,
    address: true,
    phoneNumberId: true,
    businessAccountId: true,
    displayPhoneNumber: true,
    verifiedName: true,
    verified: true,
    assignedAgentId: true,
    active: true,
    createdAt: true,
    updatedAt: true,
  }),
  {
    tenantId: z.string(),
    /** Numbers stored before round-robin existed assign nobody. */
    autoAssign: z._default(z.boolean(), false),
    /** Sealed with crypto/secret-box; never returned. */
    accessTokenSealed: z.optional(z.string()),
    appSecretSealed: z.optional(z.string()),
    verifyToken: z.optional(z.string()),
    /** When a verified claim took the address over: the number no longer receives anything. */
    disconnectedAt: z.optional(z.string()),
  },
);
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
    autoAssign: item.autoAssign,
    webhook:
      item.provider === "twilio"
        ? { url: base, statusUrl: `${base}/status` }
        : { url: base, verifyToken: item.verifyToken ?? "" },
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}
