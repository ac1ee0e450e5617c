import { expect } from "vitest";
import { api, newMember, newTenant, type TestTenant } from "./api";
import { connectTwilio, randomAddress } from "./providers";
import { newMessageSid, postTwilio, twilioFixture } from "./twilio-webhooks";

/**
 * A workspace of two people (the owner, "Owner", and an agent, "The agent") with a Twilio number
 * that no AI answers (so conversations are the team's), and its customers writing to it.
 */
export async function teamWorkspace(number: { autoAssign?: boolean } = {}) {
  const owner = await newTenant();
  const [agent, { authToken }] = await Promise.all([
    newMember(owner, "agent"),
    connectTwilio(owner),
  ]);
  const address = randomAddress();
  const created = await api(`/api/t/${owner.slug}/whatsapp/numbers`, {
    token: owner.token,
    body: { provider: "twilio", displayName: "Support", address, ...number },
  });
  expect(created.status).toBe(201);
  const numberId = created.body.id as string;
  /** A customer's message (a new one unless `sid` repeats one): its conversation's id. */
  const customerWrites = async (
    from: string,
    text: string,
    sid = newMessageSid(),
    params: Record<string, string> = {},
  ) => {
    const res = await postTwilio(
      `/webhooks/twilio/${numberId}`,
      twilioFixture("inbound-text", {
        MessageSid: sid,
        From: from,
        To: address,
        Body: text,
        ...params,
      }),
      authToken,
    );
    expect(res.status).toBe(200);
    const list = await api(`/api/t/${owner.slug}/whatsapp/conversations?numberId=${numberId}`, {
      token: owner.token,
    });
    const found = list.body.items.find(
      (item: { customer: { address: string } }) => item.customer.address === from,
    );
    return found.id as string;
  };
  return { owner, agent, numberId, address, customerWrites };
}

export const conversationPath = (tenant: TestTenant, id = "") =>
  `/api/t/${tenant.slug}/whatsapp/conversations${id ? `/${id}` : ""}`;

export const patchConversation = (tenant: TestTenant, id: string, body: unknown) =>
  api(conversationPath(tenant, id), { method: "PATCH", token: tenant.token, body });

export async function messagesOf(tenant: TestTenant, id: string) {
  const res = await api(`${conversationPath(tenant, id)}/messages`, { token: tenant.token });
  expect(res.status).toBe(200);
  // biome-ignore lint/suspicious/noExplicitAny: tests read messages freely
  return res.body.items as any[];
}

export async function notificationsOf(tenant: TestTenant) {
  const res = await api(`/api/t/${tenant.slug}/whatsapp/notifications`, { token: tenant.token });
  expect(res.status).toBe(200);
  return res.body as {
    items: { id: string; type: string; conversationId: string; title: string; read: boolean }[];
    unreadCount: number;
  };
}

export async function createLabel(tenant: TestTenant, name: string, color = "#2563eb") {
  const res = await api(`/api/t/${tenant.slug}/labels`, {
    token: tenant.token,
    body: { name, color },
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}
