import { api, type TestTenant } from "./api";
import { twilioNumber } from "./providers";
import { newMessageSid, postTwilio, twilioFixture } from "./twilio-webhooks";

/** A tenant's active Twilio number and a conversation that a customer started on it. */
export async function conversationWith(tenant: TestTenant, customer = "whatsapp:+14155551234") {
  const { numberId, authToken } = await twilioNumber(tenant);
  await postTwilio(
    `/webhooks/twilio/${numberId}`,
    twilioFixture("inbound-text", { MessageSid: newMessageSid(), From: customer }),
    authToken,
  );
  const list = await api(`/api/t/${tenant.slug}/whatsapp/conversations`, { token: tenant.token });
  return { numberId, authToken, customer, conversationId: list.body.items[0].id as string };
}
