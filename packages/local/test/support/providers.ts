import { randomBytes } from "node:crypto";
import { api, type TestTenant } from "./api";

/** A well-formed Twilio test account, as the provider sandbox accepts: AC + 32 hex, 32 hex token. */
export const sandboxTwilioAccount = () => ({
  accountSid: `AC${randomBytes(16).toString("hex")}`,
  authToken: randomBytes(16).toString("hex"),
});

export async function connectTwilio(tenant: TestTenant) {
  const credentials = sandboxTwilioAccount();
  const res = await api(`/api/t/${tenant.slug}/integrations/twilio`, {
    method: "PUT",
    token: tenant.token,
    body: credentials,
  });
  if (res.status !== 200)
    throw new Error(`connect Twilio failed: ${res.status} ${JSON.stringify(res.body)}`);
  return credentials;
}

export async function createAgent(tenant: TestTenant, overrides: Record<string, unknown> = {}) {
  const res = await api(`/api/t/${tenant.slug}/agents`, {
    token: tenant.token,
    body: {
      name: "Ava",
      instructions: "Be kind and brief.",
      channels: { whatsapp: true },
      ...overrides,
    },
  });
  if (res.status !== 201)
    throw new Error(`create agent failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; name: string };
}

/** A random, valid and (practically) unique WhatsApp address. */
export const randomAddress = () =>
  `whatsapp:+1${String(2_000_000_000 + Math.floor(Math.random() * 7_000_000_000)).slice(0, 10)}`;

/**
 * A Meta number with a random phone number id (15 digits: the sandbox's Graph knows it) and an app
 * secret (a random one unless given; `null` for none, whose deliveries Helios refuses).
 */
export async function metaNumber(
  tenant: TestTenant,
  appSecret: string | null = randomBytes(16).toString("hex"),
) {
  const phoneNumberId = randomPhoneNumberId();
  const res = await api(`/api/t/${tenant.slug}/whatsapp/numbers`, {
    token: tenant.token,
    body: {
      provider: "meta",
      displayName: "Meta Support",
      phoneNumberId,
      accessToken: `EAAG${randomBytes(20).toString("hex")}`,
      ...(appSecret ? { appSecret } : {}),
    },
  });
  if (res.status !== 201)
    throw new Error(`create Meta number failed: ${res.status} ${JSON.stringify(res.body)}`);
  return {
    numberId: res.body.id as string,
    phoneNumberId,
    verifyToken: res.body.webhook.verifyToken as string,
    appSecret,
  };
}

export const randomPhoneNumberId = () =>
  String(100_000_000_000_000 + Math.floor(Math.random() * 8e14));

/**
 * A tenant's Twilio number, ready for webhooks: Twilio connected (`connectTwilio`), an agent with
 * WhatsApp (`createAgent`) assigned to the number, active unless said otherwise.
 */
export async function twilioNumber(
  tenant: TestTenant,
  options: { displayName?: string; active?: boolean; agent?: Record<string, unknown> } = {},
) {
  const { accountSid, authToken } = await connectTwilio(tenant);
  const agent = await createAgent(tenant, options.agent);
  const address = randomAddress();
  const res = await api(`/api/t/${tenant.slug}/whatsapp/numbers`, {
    token: tenant.token,
    body: {
      provider: "twilio",
      displayName: options.displayName ?? "Support",
      address,
      assignedAgentId: agent.id,
      active: options.active ?? true,
    },
  });
  if (res.status !== 201)
    throw new Error(`create Twilio number failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { numberId: res.body.id as string, address, accountSid, authToken, agentId: agent.id };
}
