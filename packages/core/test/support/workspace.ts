import { randomUUID } from "node:crypto";
import type { Role } from "@helios/contracts";
import type { Actor } from "../../src/access/actor";
import type { NumberItem } from "../../src/number/number";

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

/** A Twilio number of the tenant, as stored; `agent` makes it active with that agent. */
export function testTwilioNumber(tenantId: string, agent: string | null): NumberItem {
  const at = new Date().toISOString();
  return {
    tenantId,
    id: randomUUID(),
    provider: "twilio",
    displayName: "Support",
    address: "whatsapp:+14155550111",
    assignedAgentId: agent,
    active: agent !== null,
    createdAt: at,
    updatedAt: at,
  };
}
