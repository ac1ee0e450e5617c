import { randomBytes } from "node:crypto";
import { DEFAULT_HANDOFF_MESSAGE } from "@helios/contracts";
import { actorFor } from "@helios/core/access/actor";
import * as Agents from "@helios/core/agent/use-cases";
import { signedIn } from "@helios/core/auth/login";
import { signup } from "@helios/core/auth/signup";
import { twilioCredentials } from "@helios/core/integration/repository";
import * as TwilioAccount from "@helios/core/integration/twilio-account";
import { listMemberships } from "@helios/core/member/repository";
import * as Numbers from "@helios/core/number/use-cases";
import { findUserByEmail, markEmailVerified } from "@helios/core/user/repository";
import { seedDemoInbox } from "./seed-inbox";

export const DEMO_OWNER_EMAIL = "owner@demo.helios.local";
export const DEMO_TENANT_NAME = "Demo";

/**
 * Seeds the demo tenant once, through the same use cases a person would go through: its owner, a
 * sandbox Twilio integration, a demo AI agent and one active number, whose webhook URL is then given
 * to Twilio (the sandbox), as the person would in Twilio's console. A seeded table is left alone,
 * but its number's webhook is given again: the sandbox may have started empty. Against the sandbox,
 * the new workspace's inbox is then filled (see seed-inbox.ts); a step of that which fails is
 * reported in `inboxError` and does not stop the local cloud.
 */
export async function seedDemo(
  passwords: { demoPassword: string; demoAgentPassword: string },
  baseUrl: string,
): Promise<{ seeded: boolean; slug: string; inboxError?: string }> {
  const password = passwords.demoPassword;
  const existing = await findUserByEmail(DEMO_OWNER_EMAIL);
  if (existing) {
    const [first] = await listMemberships(existing.id);
    const slug = first?.slug ?? "demo";
    if (first) await setDemoWebhooks(await actorFor(existing.id, slug));
    return { seeded: false, slug };
  }
  const { user, tenant, token } = await signup(
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
      autoAssign: false,
    });
    if (await setDemoWebhooks(owner)) {
      const inboxError = await seedDemoInbox({
        baseUrl,
        slug: tenant.slug,
        number: sandboxNumber.address,
        ownerToken: token,
        agentPassword: passwords.demoAgentPassword,
        sessionOf: async (email) => {
          const account = await findUserByEmail(email);
          if (!account) throw new Error(`no seeded account ${email}`);
          return (await signedIn(account)).token;
        },
      }).then(
        () => undefined,
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      return { seeded: true, slug: tenant.slug, ...(inboxError ? { inboxError } : {}) };
    }
  }
  return { seeded: true, slug: tenant.slug };
}

/**
 * Gives the sandbox's Twilio (its Senders API) the webhook URL of each of the demo's Twilio
 * numbers, so the sandbox phone can write to them. Only against the sandbox: real Twilio is
 * configured by the person who owns the account.
 */
async function setDemoWebhooks(owner: Awaited<ReturnType<typeof actorFor>>): Promise<boolean> {
  const base = process.env.TWILIO_API_BASE_URL ?? "";
  const credentials = await twilioCredentials(owner.tenantId);
  if (!base.includes("/_sandbox/twilio") || !credentials) return false;
  const auth = Buffer.from(`${credentials.accountSid}:${credentials.authToken}`).toString("base64");
  for (const number of await Numbers.list(owner)) {
    if (number.provider !== "twilio" || !number.address) continue;
    const res = await fetch(`${base}/v2/Channels/Senders`, {
      method: "POST",
      headers: { authorization: `Basic ${auth}`, "content-type": "application/json" },
      body: JSON.stringify({
        sender_id: number.address,
        profile: { name: number.displayName },
        webhook: {
          callback_url: number.webhook.url,
          status_callback_url: number.webhook.statusUrl,
        },
      }),
    });
    if (!res.ok) throw new Error(`the sandbox refused the demo number's webhook: ${res.status}`);
  }
  return true;
}
