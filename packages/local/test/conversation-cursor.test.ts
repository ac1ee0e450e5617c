import { describe, expect, it } from "vitest";
import { api, newTenant, type TestTenant } from "./support/api";
import { connectTwilio, randomAddress } from "./support/providers";
import { newMessageSid, postTwilio, twilioFixture } from "./support/twilio-webhooks";

/** A tenant with `count` conversations on one (inactive) Twilio number. */
async function tenantWithConversations(count: number): Promise<TestTenant> {
  const tenant = await newTenant();
  const { authToken } = await connectTwilio(tenant);
  const number = await api(`/api/t/${tenant.slug}/whatsapp/numbers`, {
    token: tenant.token,
    body: { provider: "twilio", displayName: "Support", address: randomAddress() },
  });
  for (let i = 0; i < count; i++) {
    await postTwilio(
      `/webhooks/twilio/${number.body.id}`,
      twilioFixture("inbound-text", { MessageSid: newMessageSid(), From: randomAddress() }),
      authToken,
    );
  }
  return tenant;
}

const page = (tenant: TestTenant, cursor?: string) =>
  api(
    `/api/t/${tenant.slug}/whatsapp/conversations?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
    { token: tenant.token },
  );

describe("list cursors", () => {
  it("are opaque and bound to the tenant: tampered, forged or foreign ones are 400, not 500", async () => {
    const tenant = await tenantWithConversations(2);
    const first = await page(tenant);
    expect(first.body.items).toHaveLength(1);
    const cursor: string = first.body.nextCursor;
    expect(cursor).toEqual(expect.any(String));
    // Opaque: the keys inside are not readable.
    expect(Buffer.from(cursor, "base64url").toString("latin1")).not.toMatch(/TENANT#|CONV/);

    const second = await page(tenant, cursor);
    expect(second.status).toBe(200);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);

    const other = await tenantWithConversations(1);
    const forged = Buffer.from(
      JSON.stringify({ pk: "TENANT#x", sk: "CONV#y", gsi1pk: "TENANT#x#CONVS", gsi1sk: "z" }),
    ).toString("base64url");
    const flipped = `${cursor.slice(0, -2)}${cursor.at(-2) === "A" ? "B" : "A"}${cursor.at(-1)}`;
    for (const [tenantOf, bad] of [
      [other, cursor],
      [tenant, flipped],
      [tenant, forged],
      [tenant, "not-a-cursor"],
      [tenant, "v1.AAAA.BBBB.CCCC"],
    ] as const) {
      const res = await page(tenantOf, bad);
      expect(res.status, bad).toBe(400);
      expect(res.body.error).toMatchObject({
        code: "validation_failed",
        fields: { cursor: expect.any(String) },
      });
    }
  });

  it("of notifications are sealed the same way, bound to the tenant and to their list", async () => {
    const tenant = await tenantWithConversations(2);
    const notifications = (of: TestTenant, cursor?: string) =>
      api(
        `/api/t/${of.slug}/whatsapp/notifications?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
        { token: of.token },
      );
    const first = await notifications(tenant);
    expect(first.body.items).toHaveLength(1);
    const cursor: string = first.body.nextCursor;
    expect(Buffer.from(cursor, "base64url").toString("latin1")).not.toMatch(/TENANT#|NOTIF/);
    const second = await notifications(tenant, cursor);
    expect(second.status).toBe(200);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);

    const other = await tenantWithConversations(1);
    const conversationCursor: string = (await page(tenant)).body.nextCursor;
    for (const [tenantOf, bad] of [
      [other, cursor],
      [tenant, conversationCursor],
      [tenant, first.body.items[0].id],
    ] as const) {
      const res = await notifications(tenantOf, bad);
      expect(res.status, bad).toBe(400);
      expect(res.body.error).toMatchObject({
        code: "validation_failed",
        fields: { cursor: expect.any(String) },
      });
    }
    const misused = await page(tenant, cursor);
    expect(misused.status).toBe(400);
  });
});
