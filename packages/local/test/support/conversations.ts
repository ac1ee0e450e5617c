import { api, type TestTenant } from "./api";
import { connectTwilio, createAgent, randomAddress } from "./providers";
import { newMessageSid, postTwilio, twilioFixture } from "./twilio-webhooks";

/** A tenant's active Twilio number and a conversation that a customer started on it. */
export async function conversationWith(tenant: TestTenant, customer = "whatsapp:+14155551234") {
  const { authToken } = await connectTwilio(tenant);
  const agent = await createAgent(tenant);
  const number = await api(`/api/t/${tenant.slug}/whatsapp/numbers`, {
    token: tenant.token,
    body: {
      provider: "twilio",
      displayName: "Support",
      address: randomAddress(),
      assignedAgentId: agent.id,
      active: true,
    },
  });
  const numberId: string = number.body.id;
  await postTwilio(
    `/webhooks/twilio/${numberId}`,
    twilioFixture("inbound-text", { MessageSid: newMessageSid(), From: customer }),
    authToken,
  );
  const list = await api(`/api/t/${tenant.slug}/whatsapp/conversations`, { token: tenant.token });
  return { numberId, authToken, customer, conversationId: list.body.items[0].id as string };
}
