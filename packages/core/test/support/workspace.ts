import { randomUUID } from "node:crypto";
import type { Role } from "@helios/contracts";
import type { Actor } from "../../src/access/actor";
import { transactWrite } from "../../src/db/transact";
import type { NumberItem } from "../../src/number/number";
import { putNumber } from "../../src/number/repository";

/** A caller in a new tenant (nothing stored: use cases take the actor as the routes give it). */
export function testActor(role: Role = "admin"): Actor {
  const tenantId = randomUUID();
  return {
    userId: randomUUID(),
    tenantId,
    slug: `shop-${tenantId.slice(0, 8)}`,
    tenantName: "Shop",
    role,
  };
}

type Provider =
  | { provider: "twilio"; address: string }
  | { provider: "meta"; phoneNumberId: string };

/** A number of the tenant, as stored (Twilio unless told); `agent` makes it active with that agent. */
export function testNumber(
  tenantId: string,
  agent: string | null,
  provider: Provider = { provider: "twilio", address: "whatsapp:+14155550111" },
): NumberItem {
  const at = new Date().toISOString();
  return {
    tenantId,
    id: randomUUID(),
    ...provider,
    displayName: "Support",
    assignedAgentId: agent,
    active: agent !== null,
    autoAssign: false,
    createdAt: at,
    updatedAt: at,
  };
}

/** Stores a number as its repository does (for use cases that read it by id). */
export async function storeNumber(number: NumberItem): Promise<NumberItem> {
  await transactWrite([putNumber(number, "new")]);
  return number;
}
