import { randomBytes } from "node:crypto";
import { DEFAULT_HANDOFF_MESSAGE } from "@helios/contracts";
import { actorFor } from "@helios/core/access/actor";
import * as Agents from "@helios/core/agent/use-cases";
import { signup } from "@helios/core/auth/signup";
import * as TwilioAccount from "@helios/core/integration/twilio-account";
import { listMemberships } from "@helios/core/member/repository";
import * as Numbers from "@helios/core/number/use-cases";
import { findUserByEmail, markEmailVerified } from "@helios/core/user/repository";

export const DEMO_OWNER_EMAIL = "owner@demo.helios.local";
export const DEMO_TENANT_NAME = "Demo";

/**
 * Seeds the demo tenant once, through the same use cases a person would go through: its owner, a
 * sandbox Twilio integration, a demo AI agent and one active number. A seeded table is left alone.
 */
export async function seedDemo(password: string): Promise<{ seeded: boolean; slug: string }> {
  const existing = await findUserByEmail(DEMO_OWNER_EMAIL);
  if (existing) {
    const [first] = await listMemberships(existing.id);
    return { seeded: false, slug: first?.slug ?? "demo" };
  }
  const { user, tenant } = await signup(
    { email: DEMO_OWNER_EMAIL, password, name: "Dana Demo", tenantName: DEMO_TENANT_NAME },
    "seed",
  );
  // The demo owner's address is the local cloud's own: it counts as proved.
  await markEmailVerified(user.id);
  const owner = await actorFor(user.id, tenant.slug);
  await TwilioAccount.connectTwilio(owner, {
    accountSid: `AC${randomBytes(16).toString("hex")}`,
    authToken: randomBytes(16).toString("hex"),
  });
  const agent = await Agents.create(owner, {
    name: "Demo Concierge",
    instructions:
      "You answer customers of Demo, a small online shop, on WhatsApp. Be warm and brief. Hand off to a person when the customer asks for one or is upset.",
    model: "",
    channels: { whatsapp: true },
    typingIndicator: true,
    escalation: {
      keywords: ["human", "person", "agent", "humano", "persona"],
      handoffMessage: DEFAULT_HANDOFF_MESSAGE,
    },
  });
  const [sandboxNumber] = await TwilioAccount.twilioNumbers(owner);
  if (sandboxNumber) {
    await Numbers.create(owner, {
      provider: "twilio",
      displayName: "Demo Support",
      address: sandboxNumber.address,
      assignedAgentId: agent.id,
      active: true,
    });
  }
  return { seeded: true, slug: tenant.slug };
}
