import { randomUUID } from "node:crypto";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Actor } from "../../src/access/actor";
import { tableName } from "../../src/config";
import { db } from "../../src/db/client";
import { keys } from "../../src/db/keys";
import type { NumberItem } from "../../src/number/number";

/** A member of a new tenant (nothing stored: core trusts the actor it is given). */
export function testActor(role: Actor["role"] = "admin"): Actor {
  const tenantId = randomUUID();
  return {
    userId: randomUUID(),
    tenantId,
    slug: `shop-${tenantId.slice(0, 8)}`,
    tenantName: "Shop",
    role,
  };
}

/**
 * A Twilio number of the actor's tenant: active with an agent (AI answers) unless `active: false`
 * (its conversations are for people). Not stored: see `storeNumber`.
 */
export function testNumber(
  actor: Pick<Actor, "tenantId">,
  overrides: Partial<NumberItem> = {},
): NumberItem {
  const at = new Date().toISOString();
  const active = overrides.active ?? true;
  const number: NumberItem = {
    tenantId: actor.tenantId,
    id: randomUUID(),
    provider: "twilio",
    displayName: "Support",
    ...(overrides.provider === "meta" ? {} : { address: "whatsapp:+14155550111" }),
    assignedAgentId: active ? "agent-1" : null,
    active,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
  return number;
}

/** Stores a number as its repository would (for use cases that read it by id). */
export async function storeNumber(number: NumberItem): Promise<NumberItem> {
  await db().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.number(number.id), type: "number", ...number },
    }),
  );
  return number;
}
