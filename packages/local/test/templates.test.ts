import { describe, expect, inject, it } from "vitest";
import { api, newMember, newTenant, type TestTenant } from "./support/api";
import { conversationWith } from "./support/conversations";
import { signedMetaNumber } from "./support/meta-webhooks";
import { randomAddress } from "./support/providers";
import {
  type ListedTemplate,
  metaConversationWithClosedWindow,
  templateNamed,
  templatesOf,
} from "./support/templates";

const sendBody = (tenant: TestTenant, conversationId: string, body: unknown) =>
  api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/messages`, {
    token: tenant.token,
    body,
  });

const messagesOf = async (tenant: TestTenant, conversationId: string) =>
  (
    await api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/messages`, {
      token: tenant.token,
    })
  ).body.items as {
    kind: string;
    status: string;
    text: string;
    error?: { code: string; message: string };
  }[];

/** What the customer's phone shows from the business (the sandbox phone's thread). */
async function phoneThread(number: string, customer: string) {
  const res = await fetch(
    `${inject("baseUrl")}/sandbox/phone/api/thread?number=${encodeURIComponent(number)}&customer=${encodeURIComponent(customer)}`,
  );
  const body = (await res.json()) as { items: { direction: string; kind: string; text: string }[] };
  return body.items.filter((item) => item.direction === "out");
}

const POLL = { timeout: 15_000, interval: 200 };

describe("listing a number's templates", () => {
  it("Twilio: every template with its approval state, for every role; refresh asks again", async () => {
    const tenant = await newTenant();
    const { numberId } = await conversationWith(tenant, randomAddress());
    const res = await templatesOf(tenant, numberId);
    expect(res.status).toBe(200);
    const items = res.body.items as ListedTemplate[];
    const byStatus = (status: string) =>
      items.filter((t) => t.status === status).map((t) => t.name);
    expect(byStatus("approved")).toHaveLength(4);
    expect(byStatus("pending")).toEqual(["spring_sale"]);
    expect(byStatus("rejected")).toEqual(["loyalty_offer"]);
    expect(items[0]).toMatchObject({
      id: expect.stringMatching(/^HX/),
      name: "order_update",
      category: "utility",
      variables: ["1", "2"],
    });
    const refreshed = await templatesOf(tenant, numberId, "?refresh=true");
    expect(refreshed.body).toEqual(res.body);
    const agent = await newMember(tenant, "agent");
    const asAgent = await templatesOf(agent, numberId);
    expect(asAgent.status).toBe(200);
    expect(asAgent.body.items).toHaveLength(6);
  });

  it("Meta: 409 business_account_required without the business account id", async () => {
    const tenant = await newTenant();
    const meta = await signedMetaNumber(tenant);
    const res = await templatesOf(tenant, meta.numberId);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("business_account_required");
  });
});

describe("sending a template in a conversation", () => {
  it("Meta, window closed: free text is refused, the template goes out and reaches the phone", async () => {
    const tenant = await newTenant();
    const setup = await metaConversationWithClosedWindow(tenant);
    const refused = await sendBody(tenant, setup.conversationId, { text: "Hello?" });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("window_closed");

    const template = await templateNamed(tenant, setup.numberId, "order_update");
    const sent = await sendBody(tenant, setup.conversationId, {
      template: { id: template.id, variables: { "1": "Sheena", "2": "#1042" } },
    });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      kind: "template",
      status: "queued",
      text: "Hi Sheena, your order #1042 is on its way. Reply here if you have any questions.",
      template: { id: template.id, name: "order_update" },
    });
    await expect
      .poll(async () => (await messagesOf(tenant, setup.conversationId)).at(-1)?.status, POLL)
      .toBe("read");
    const thread = await phoneThread(setup.phoneNumberId, `whatsapp:+${setup.waId}`);
    expect(thread.at(-1)).toMatchObject({ kind: "template", text: sent.body.text });
  });

  it("missing variables → 400 with the fields; a pending template → 422; either or both → 400", async () => {
    const tenant = await newTenant();
    const setup = await metaConversationWithClosedWindow(tenant);
    const reminder = await templateNamed(tenant, setup.numberId, "appointment_reminder");
    const missing = await sendBody(tenant, setup.conversationId, {
      template: { id: reminder.id, variables: { "1": "Sheena" } },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields).toEqual({
      "template.variables.2": expect.any(String),
      "template.variables.3": expect.any(String),
    });
    const pending = await templateNamed(tenant, setup.numberId, "spring_sale");
    const notApproved = await sendBody(tenant, setup.conversationId, {
      template: { id: pending.id, variables: { "1": "a", "2": "b" } },
    });
    expect(notApproved.status).toBe(422);
    expect(notApproved.body.error.code).toBe("template_not_approved");
    const both = await sendBody(tenant, setup.conversationId, {
      text: "hi",
      template: { id: reminder.id, variables: {} },
    });
    expect(both.status).toBe(400);
    expect(both.body.error.fields.template).toBeDefined();
    const neither = await sendBody(tenant, setup.conversationId, {});
    expect(neither.status).toBe(400);
    expect(neither.body.error.fields.text).toBeDefined();
    expect(await messagesOf(tenant, setup.conversationId)).toHaveLength(1);
  });

  it("Twilio: free text the provider refuses (63016) fails in plain language; the template is delivered", async () => {
    const tenant = await newTenant();
    const customer = "whatsapp:+15005550010";
    const { conversationId } = await conversationWith(tenant, customer);
    const text = await sendBody(tenant, conversationId, { text: "Are you still there?" });
    expect(text.status).toBe(201);
    await expect
      .poll(async () => (await messagesOf(tenant, conversationId)).at(-1)?.error?.code, POLL)
      .toBe("63016");
    const failed = (await messagesOf(tenant, conversationId)).at(-1);
    expect(failed?.error?.message).toContain("approved template");

    const conversation = await api(
      `/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}`,
      {
        token: tenant.token,
      },
    );
    const template = await templateNamed(tenant, conversation.body.numberId, "follow_up");
    const sent = await sendBody(tenant, conversationId, {
      template: { id: template.id, variables: { "1": "Rosa" } },
    });
    expect(sent.status).toBe(201);
    await expect
      .poll(async () => (await messagesOf(tenant, conversationId)).at(-1)?.status, POLL)
      .toBe("read");
  });
});

describe("starting a conversation", () => {
  it("reaches a new customer, then resumes the same conversation; a bad address is a 400", async () => {
    const tenant = await newTenant();
    const { numberId } = await conversationWith(tenant, randomAddress());
    const template = await templateNamed(tenant, numberId, "conversation_restart");
    const to = randomAddress();
    const start = () =>
      api(`/api/t/${tenant.slug}/whatsapp/conversations`, {
        token: tenant.token,
        body: { numberId, to, template: { id: template.id, variables: {} } },
      });
    const started = await start();
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({
      numberId,
      status: "open",
      customer: { address: to },
      lastMessage: { direction: "outbound" },
    });
    const messages = await messagesOf(tenant, started.body.id);
    expect(messages.map((m) => [m.kind, m.text])).toEqual([
      [
        "template",
        "Thanks for contacting us. Reply to this message and we will continue where we left off.",
      ],
    ]);
    const again = await start();
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(started.body.id);

    const bad = await api(`/api/t/${tenant.slug}/whatsapp/conversations`, {
      token: tenant.token,
      body: { numberId, to: "+1 415 555", template: { id: template.id, variables: {} } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.to).toBeDefined();
  });
});
