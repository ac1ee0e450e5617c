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

/** One item a page of a list (`conversations` or `notifications`), from a cursor if given. */
const listPage = (list: string) => (tenant: TestTenant, cursor?: string) =>
  api(
    `/api/t/${tenant.slug}/whatsapp/${list}?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
    { token: tenant.token },
  );
const page = listPage("conversations");

type Page = ReturnType<typeof page>;

/** Two pages one after the other: the first gives an opaque cursor, the second continues from it. */
async function twoPages(
  read: (cursor?: string) => Page,
): Promise<{ cursor: string; firstId: string }> {
  const first = await read();
  expect(first.body.items).toHaveLength(1);
  const cursor: string = first.body.nextCursor;
  expect(cursor).toEqual(expect.any(String));
  // Opaque: the keys inside are not readable.
  expect(Buffer.from(cursor, "base64url").toString("latin1")).not.toMatch(/TENANT#|CONV|NOTIF/);
  const second = await read(cursor);
  expect(second.status).toBe(200);
  expect(second.body.items).toHaveLength(1);
  expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
  return { cursor, firstId: first.body.items[0].id };
}

/** Each cursor, presented by its tenant, is the same 400 naming the cursor. */
async function expectRefused(read: typeof page, cases: [TestTenant, string][]) {
  for (const [tenantOf, bad] of cases) {
    const res = await read(tenantOf, bad);
    expect(res.status, bad).toBe(400);
    expect(res.body.error).toMatchObject({
      code: "validation_failed",
      fields: { cursor: expect.any(String) },
    });
  }
}

describe("list cursors", () => {
  it("are opaque and bound to the tenant: tampered, forged or foreign ones are 400, not 500", async () => {
    const tenant = await tenantWithConversations(2);
    const { cursor } = await twoPages((c) => page(tenant, c));

    const other = await tenantWithConversations(1);
    const forged = Buffer.from(
      JSON.stringify({ pk: "TENANT#x", sk: "CONV#y", gsi1pk: "TENANT#x#CONVS", gsi1sk: "z" }),
    ).toString("base64url");
    const flipped = `${cursor.slice(0, -2)}${cursor.at(-2) === "A" ? "B" : "A"}${cursor.at(-1)}`;
    await expectRefused(page, [
      [other, cursor],
      [tenant, flipped],
      [tenant, forged],
      [tenant, "not-a-cursor"],
      [tenant, "v1.AAAA.BBBB.CCCC"],
    ]);
  });

  it("of notifications are sealed the same way, bound to the tenant and to their list", async () => {
    const tenant = await tenantWithConversations(2);
    const notifications = listPage("notifications");
    const { cursor, firstId } = await twoPages((c) => notifications(tenant, c));

    const other = await tenantWithConversations(1);
    const conversationCursor: string = (await page(tenant)).body.nextCursor;
    await expectRefused(notifications, [
      [other, cursor],
      [tenant, conversationCursor],
      [tenant, firstId],
    ]);
    await expectRefused(page, [[tenant, cursor]]);
  });
});
