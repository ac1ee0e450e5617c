import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { api, newTenant, type TestTenant } from "./support/api";
import { drain } from "./support/drain";
import { messagesOf, newWamid, signedMetaNumber } from "./support/meta-webhooks";
import { twilioNumber } from "./support/providers";
import { newMessageSid, postTwilio, twilioFixture } from "./support/twilio-webhooks";

type Customer = { from: string; name: string; body: string };

/** A customer's inbound Twilio message (the documented fixture, with this customer's fields). */
async function inbound(
  number: { numberId: string; address: string; authToken: string },
  { from, name, body }: Customer,
) {
  const res = await postTwilio(
    `/webhooks/twilio/${number.numberId}`,
    twilioFixture("inbound-text", {
      MessageSid: newMessageSid(),
      To: number.address,
      From: `whatsapp:${from}`,
      WaId: from.slice(1),
      ProfileName: name,
      Body: body,
    }),
    number.authToken,
  );
  expect(res.status).toBe(200);
}

const search = async (tenant: TestTenant, query: string) => {
  const res = await api(`/api/t/${tenant.slug}/whatsapp/conversations?${query}`, {
    token: tenant.token,
  });
  expect(res.status).toBe(200);
  return res.body as {
    items: { id: string; contactId: string; customer: { name: string } }[];
    nextCursor: string;
  };
};
const names = async (tenant: TestTenant, q: string, extra = "") =>
  (await search(tenant, `q=${encodeURIComponent(q)}${extra}`)).items.map((c) => c.customer.name);

const jane = {
  from: "+14155551234",
  name: "Jane Customer",
  body: "Hi! Is my order #1042 on its way?",
};
const rosa = { from: "+14155550123", name: "Rosa Martínez", body: "Where is my parcel, please?" };

describe("search across conversations (the table's stream → the index)", () => {
  let tenant: TestTenant;
  let number: Awaited<ReturnType<typeof twilioNumber>>;

  beforeAll(async () => {
    tenant = await newTenant();
    number = await twilioNumber(tenant, { active: false });
    await inbound(number, jane);
    await inbound(number, rosa);
    await drain();
  });

  it("finds a customer by a name's beginning, without its accents", async () => {
    expect(await names(tenant, "ros")).toEqual(["Rosa Martínez"]);
    expect(await names(tenant, "MARTINEZ")).toEqual(["Rosa Martínez"]);
    expect(await names(tenant, "jan")).toEqual(["Jane Customer"]);
  });

  it("finds by phone digits anywhere in the number, newest activity first", async () => {
    expect(await names(tenant, "0123")).toEqual(["Rosa Martínez"]);
    expect(await names(tenant, "+1 415 555")).toEqual(["Rosa Martínez", "Jane Customer"]);
  });

  it("finds by a word of a message, every word of the query must match", async () => {
    expect(await names(tenant, "parcel")).toEqual(["Rosa Martínez"]);
    expect(await names(tenant, "order way")).toEqual(["Jane Customer"]);
    expect(await names(tenant, "order parcel")).toEqual([]);
    expect(await names(tenant, "jane order")).toEqual(["Jane Customer"]);
  });

  it("applies the other filters with q", async () => {
    expect(await names(tenant, "4155", "&status=open")).toHaveLength(2);
    expect(await names(tenant, "4155", "&status=closed")).toEqual([]);
  });

  it("pages with a sealed cursor", async () => {
    const first = await search(tenant, "q=4155&limit=1");
    expect(first.items.map((c) => c.customer.name)).toEqual(["Rosa Martínez"]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await search(tenant, `q=4155&limit=1&cursor=${first.nextCursor}`);
    expect(second.items.map((c) => c.customer.name)).toEqual(["Jane Customer"]);
    if (second.nextCursor) {
      const third = await search(tenant, `q=4155&limit=1&cursor=${second.nextCursor}`);
      expect(third.items).toEqual([]);
    }
    const otherQuery = await api(
      `/api/t/${tenant.slug}/whatsapp/conversations?q=parcel&cursor=${first.nextCursor}`,
      { token: tenant.token },
    );
    expect(otherQuery.status).toBe(400);
  });

  it("never shows another tenant's conversations", async () => {
    const other = await newTenant();
    const otherNumber = await twilioNumber(other, { active: false });
    await inbound(otherNumber, { ...rosa, body: "Another shop's parcel" });
    await drain();
    expect(await names(tenant, "parcel")).toEqual(["Rosa Martínez"]);
    const theirs = await search(other, "q=parcel");
    expect(theirs.items).toHaveLength(1);
    expect((await search(tenant, "q=parcel")).items[0]?.id).not.toBe(theirs.items[0]?.id);
    const stranger = await newTenant();
    expect(await names(stranger, "parcel")).toEqual([]);
    expect(await names(stranger, "4155")).toEqual([]);
  });

  it("finds a WhatsApp username (Meta), and forgets a deleted conversation", async () => {
    const meta = await signedMetaNumber(tenant);
    const res = await meta.postFixture("username-message", (payload) => {
      for (const message of messagesOf(payload)) message.id = newWamid();
    });
    expect(res.status).toBe(200);
    await drain();
    const [found] = (await search(tenant, "q=sheena")).items;
    expect(found?.customer.name).toBe("Sheena Nelson");
    expect(await names(tenant, "@sheena.nel")).toEqual(["Sheena Nelson"]);

    const removed = await api(`/api/t/${tenant.slug}/whatsapp/conversations/${found?.id}`, {
      method: "DELETE",
      token: tenant.token,
    });
    expect(removed.status).toBe(204);
    expect(await names(tenant, "sheena")).toEqual([]);
    await drain();
    expect(await names(tenant, "number")).toEqual([]);
    const contact = await api(`/api/t/${tenant.slug}/contacts/${found?.contactId}`, {
      token: tenant.token,
    });
    expect(contact.body).toMatchObject({ name: "Sheena Nelson", conversationIds: [] });
  });
});

describe("contacts", () => {
  it("are created from conversations, listed, searched, renamed for good and attributed", async () => {
    const tenant = await newTenant();
    const number = await twilioNumber(tenant, { active: false });
    const phone = `+1415${randomBytes(4).readUInt32BE(0) % 10_000_000}`.padEnd(12, "7");
    await inbound(number, { from: phone, name: "Omar Haddad", body: "Hello there" });
    await drain();

    const list = await api(`/api/t/${tenant.slug}/contacts`, { token: tenant.token });
    expect(list.status).toBe(200);
    const [conversation] = (await search(tenant, "q=omar")).items;
    expect(list.body.items).toEqual([
      expect.objectContaining({
        id: conversation?.contactId,
        name: "Omar Haddad",
        phone,
        attributes: {},
        conversationIds: [conversation?.id],
      }),
    ]);
    const found = await api(`/api/t/${tenant.slug}/contacts?q=hadd`, { token: tenant.token });
    expect(found.body.items.map((c: { name: string }) => c.name)).toEqual(["Omar Haddad"]);
    const none = await api(`/api/t/${tenant.slug}/contacts?q=zebra`, { token: tenant.token });
    expect(none.body.items).toEqual([]);

    const contactUrl = `/api/t/${tenant.slug}/contacts/${conversation?.contactId}`;
    const renamed = await api(contactUrl, {
      method: "PATCH",
      token: tenant.token,
      body: { name: "Omar (VIP)", attributes: { Plan: "Gold", Empty: "" } },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: "Omar (VIP)", attributes: { Plan: "Gold" } });
    expect(renamed.body.attributes).not.toHaveProperty("Empty");
    const shown = await api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversation?.id}`, {
      token: tenant.token,
    });
    expect(shown.body.customer.name).toBe("Omar (VIP)");

    // A later message with the WhatsApp profile name keeps the name a member gave.
    await inbound(number, { from: phone, name: "Omar Haddad", body: "Any news?" });
    await drain();
    const after = await api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversation?.id}`, {
      token: tenant.token,
    });
    expect(after.body.customer.name).toBe("Omar (VIP)");
    expect((await api(contactUrl, { token: tenant.token })).body.name).toBe("Omar (VIP)");

    const invalid = await api(contactUrl, {
      method: "PATCH",
      token: tenant.token,
      body: { attributes: { "": "x", "no/slash": "y" } },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error).toMatchObject({ code: "validation_failed" });
    expect(invalid.body.error.fields).toBeDefined();

    const other = await newTenant();
    const theirs = await api(`/api/t/${other.slug}/contacts/${conversation?.contactId}`, {
      token: other.token,
    });
    expect(theirs.status).toBe(404);
    const patchTheirs = await api(`/api/t/${other.slug}/contacts/${conversation?.contactId}`, {
      method: "PATCH",
      token: other.token,
      body: { name: "Mallory" },
    });
    expect(patchTheirs.status).toBe(404);
  });
});
