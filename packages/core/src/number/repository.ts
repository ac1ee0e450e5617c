import * as z from "@helios/contracts/zod";
import { keys } from "../db/keys";
import { queryAll } from "../db/query";
import { deleteTx, EXISTS, NEW, putTx, readItem, updateTx } from "../db/table";
import type { TransactItem } from "../db/transact";
import { claimAddress, NumberItem } from "./number";

export const getNumber = (numberId: string): Promise<NumberItem | undefined> =>
  readItem(NumberItem, keys.number(numberId));

/** A tenant's numbers, oldest first (gsi1; a tenant has few numbers, so one page suffices). */
export async function listNumbers(tenantId: string): Promise<NumberItem[]> {
  const items = await queryAll({
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk",
    ExpressionAttributeValues: { ":pk": keys.numbersOfTenantIndex(tenantId).gsi1pk },
  });
  return items.map((item) => NumberItem.parse(item));
}

/** The condition of a write over a number read at `updatedAt` (nobody changed it since). */
const unchangedSince = (updatedAt: string) => ({
  ConditionExpression: "updatedAt = :seen",
  ExpressionAttributeValues: { ":seen": updatedAt },
});

export function putNumber(
  number: NumberItem,
  condition: "new" | { updatedAt: string },
): TransactItem {
  return putTx({
    Item: {
      ...keys.number(number.id),
      ...keys.numbersOfTenantIndex(number.tenantId),
      gsi1sk: `${number.createdAt}#${number.id}`,
      type: "number",
      ...number,
    },
    ...(condition === "new" ? NEW : unchangedSince(condition.updatedAt)),
  });
}

export const deleteNumber = (number: NumberItem): TransactItem =>
  deleteTx({ Key: keys.number(number.id), ...unchangedSince(number.updatedAt) });

/** Takes the agent off an inactive number (while it is still that agent's and still inactive). */
export const unassignAgent = (number: NumberItem, agentId: string): TransactItem =>
  updateTx({
    Key: keys.number(number.id),
    UpdateExpression: "SET assignedAgentId = :none",
    ConditionExpression: "assignedAgentId = :agent AND active = :off",
    ExpressionAttributeValues: { ":none": null, ":agent": agentId, ":off": false },
  });

/** Who holds a provider address: one number, its tenant, and whether the provider confirmed it. */
export const ClaimHolder = z.object({
  numberId: z.string(),
  tenantId: z.string(),
  verified: z._default(z.boolean(), false),
});
export type ClaimHolder = z.infer<typeof ClaimHolder>;

export const getClaim = (
  provider: "twilio" | "meta",
  address: string,
): Promise<ClaimHolder | undefined> => readItem(ClaimHolder, keys.numberClaim(provider, address));

/**
 * The claim that connects a provider address once across all tenants. With `takeOver`, it replaces
 * that unverified holder's claim (a verified claim wins), on condition it is still the holder's.
 */
export function claimNumber(number: NumberItem, takeOver?: ClaimHolder): TransactItem {
  return putTx({
    Item: {
      ...keys.numberClaim(number.provider, claimAddress(number)),
      type: "numberClaim",
      numberId: number.id,
      tenantId: number.tenantId,
      verified: number.verified === true,
    },
    ...(takeOver
      ? {
          ConditionExpression:
            "numberId = :holder AND (attribute_not_exists(verified) OR verified = :unverified)",
          ExpressionAttributeValues: { ":holder": takeOver.numberId, ":unverified": false },
        }
      : NEW),
  });
}

/** Marks a number whose address a verified claim took over: it stays, but receives nothing. */
export const disconnectNumber = (numberId: string, at: string): TransactItem =>
  updateTx({
    Key: keys.number(numberId),
    UpdateExpression: "SET disconnectedAt = :at, updatedAt = :at",
    ...EXISTS,
    ExpressionAttributeValues: { ":at": at },
  });

export const releaseClaim = (number: NumberItem): TransactItem =>
  deleteTx({
    Key: keys.numberClaim(number.provider, claimAddress(number)),
    ConditionExpression: "numberId = :id",
    ExpressionAttributeValues: { ":id": number.id },
  });

/** The number connected at a provider address (`whatsapp:+E164` for Twilio, the phone number id for Meta). */
export async function findNumberByAddress(
  provider: "twilio" | "meta",
  address: string,
): Promise<NumberItem | undefined> {
  const claim = await getClaim(provider, address);
  return claim ? getNumber(claim.numberId) : undefined;
}
