import { randomBytes } from "node:crypto";
import { inject } from "vitest";
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

type TwilioAccount = ReturnType<typeof sandboxTwilioAccount>;

/**
 * Gives the sandbox's Twilio the webhook URL of a Helios number (Senders API, with the account's
 * credentials), as a person sets it in Twilio's console: the sandbox phone writes there.
 */
export async function setTwilioWebhook(
  account: TwilioAccount,
  number: { address: string; displayName: string; webhook: { url: string; statusUrl?: string } },
) {
  const auth = Buffer.from(`${account.accountSid}:${account.authToken}`).toString("base64");
  const res = await fetch(`${inject("baseUrl")}/_sandbox/twilio/v2/Channels/Senders`, {
    method: "POST",
    headers: { authorization: `Basic ${auth}`, "content-type": "application/json" },
    body: JSON.stringify({
      sender_id: number.address,
      profile: { name: number.displayName },
      webhook: { callback_url: number.webhook.url, status_callback_url: number.webhook.statusUrl },
    }),
  });
  if (res.status !== 201) throw new Error(`set Twilio webhook: ${res.status} ${await res.text()}`);
}

/**
 * Twilio connected, and a Helios number (`body`: displayName…) at one of the sandbox account's own
 * numbers, its webhook URL given to the sandbox.
 */
export async function twilioSandboxNumber(tenant: TestTenant, body: Record<string, unknown>) {
  const account = await connectTwilio(tenant);
  const listed = await api(`/api/t/${tenant.slug}/integrations/twilio/numbers`, {
    token: tenant.token,
  });
  if (listed.status !== 200) throw new Error(`list Twilio numbers: ${listed.status}`);
  // Each address is claimed once across tenants: another test's account may share one (rarely).
  for (const { address } of listed.body.items as { address: string }[]) {
    const created = await api(`/api/t/${tenant.slug}/whatsapp/numbers`, {
      token: tenant.token,
      body: { provider: "twilio", address, ...body },
    });
    if (created.status === 201) {
      await setTwilioWebhook(account, created.body);
      return { address, numberId: created.body.id as string, account };
    }
  }
  throw new Error("none of the sandbox account's numbers could be connected");
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
 * A Meta number with a random phone number id (15 digits: the sandbox's Graph knows it), connected
 * with the token of a sandbox Meta app whose App Secret is `appSecret` (a random one unless given;
 * `null`: Helios is not given it, and refuses the deliveries), and its webhook set at that app.
 */
export async function metaNumber(
  tenant: TestTenant,
  appSecret: string | null = randomBytes(16).toString("hex"),
) {
  const app = await sandboxMeta("/apps", appSecret ? { appSecret } : {});
  const phoneNumberId = randomPhoneNumberId();
  const res = await api(`/api/t/${tenant.slug}/whatsapp/numbers`, {
    token: tenant.token,
    body: {
      provider: "meta",
      displayName: "Meta Support",
      phoneNumberId,
      accessToken: app.accessToken,
      ...(appSecret ? { appSecret } : {}),
    },
  });
  if (res.status !== 201)
    throw new Error(`create Meta number failed: ${res.status} ${JSON.stringify(res.body)}`);
  await sandboxMeta(`/apps/${app.id}/webhooks`, {
    phoneNumberId,
    url: res.body.webhook.url,
    verifyToken: res.body.webhook.verifyToken,
    name: res.body.displayName,
  });
  return {
    numberId: res.body.id as string,
    phoneNumberId,
    verifyToken: res.body.webhook.verifyToken as string,
    appSecret,
  };
}

/** A call to the sandbox's Meta dashboard (`/_sandbox/meta/…`). */
async function sandboxMeta(path: string, body: unknown) {
  const res = await fetch(`${inject("baseUrl")}/_sandbox/meta${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`sandbox Meta ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; accessToken: string };
}

export const randomPhoneNumberId = () =>
  String(100_000_000_000_000 + Math.floor(Math.random() * 8e14));

/**
 * A tenant's Twilio number, ready for webhooks: Twilio connected (`connectTwilio`), an agent with
 * WhatsApp (`createAgent`) assigned to the number, active unless said otherwise.
 */
export async function twilioNumber(
  tenant: TestTenant,
  options: {
    displayName?: string;
    active?: boolean;
    agent?: Record<string, unknown>;
    /** Also give the sandbox's Twilio the number's webhook URL (`setTwilioWebhook`). */
    webhook?: boolean;
  } = {},
) {
  const account = await connectTwilio(tenant);
  const { accountSid, authToken } = account;
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
  if (options.webhook) await setTwilioWebhook(account, res.body);
  return { numberId: res.body.id as string, address, accountSid, authToken, agentId: agent.id };
}
