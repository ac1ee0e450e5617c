import { describe, expect, it } from "vitest";
import { api, newMember, newTenant } from "./support/api";
import { connectTwilio, randomAddress, sandboxTwilioAccount } from "./support/providers";

describe("Twilio integration", () => {
  it("verifies the pair with Twilio, saves it, and never returns the token", async () => {
    const owner = await newTenant();
    const credentials = sandboxTwilioAccount();
    const res = await api(`/api/t/${owner.slug}/integrations/twilio`, {
      method: "PUT",
      token: owner.token,
      body: credentials,
    });
    expect(res).toMatchObject({
      status: 200,
      body: {
        provider: "twilio",
        connected: true,
        accountSid: credentials.accountSid,
        friendlyName: expect.any(String),
      },
    });
    const list = await api(`/api/t/${owner.slug}/integrations`, { token: owner.token });
    expect(list.body.items).toEqual([
      expect.objectContaining({
        provider: "twilio",
        connected: true,
        accountSid: credentials.accountSid,
        connectedAt: expect.any(String),
      }),
    ]);
    expect(JSON.stringify([res.body, list.body])).not.toContain(credentials.authToken);

    const numbers = await api(`/api/t/${owner.slug}/integrations/twilio/numbers`, {
      token: owner.token,
    });
    expect(numbers.status).toBe(200);
    expect(numbers.body.items.length).toBeGreaterThan(0);
    for (const item of numbers.body.items) expect(item.address).toMatch(/^whatsapp:\+\d{8,15}$/);
  });

  it("a pair Twilio refuses gives 422 twilio_auth_failed and saves nothing", async () => {
    const owner = await newTenant();
    const res = await api(`/api/t/${owner.slug}/integrations/twilio`, {
      method: "PUT",
      token: owner.token,
      body: { accountSid: sandboxTwilioAccount().accountSid, authToken: "0".repeat(32) },
    });
    expect(res).toMatchObject({
      status: 422,
      body: { error: { code: "twilio_auth_failed", message: expect.stringMatching(/Twilio/) } },
    });
    expect(
      (await api(`/api/t/${owner.slug}/integrations`, { token: owner.token })).body.items,
    ).toEqual([]);
  });

  it("refuses malformed credentials with a message per field", async () => {
    const owner = await newTenant();
    const res = await api(`/api/t/${owner.slug}/integrations/twilio`, {
      method: "PUT",
      token: owner.token,
      body: { accountSid: "AC123", authToken: "x" },
    });
    expect(res).toMatchObject({
      status: 400,
      body: {
        error: { fields: { accountSid: expect.any(String), authToken: expect.any(String) } },
      },
    });
  });

  it("lists numbers only once Twilio is connected", async () => {
    const owner = await newTenant();
    const res = await api(`/api/t/${owner.slug}/integrations/twilio/numbers`, {
      token: owner.token,
    });
    expect(res).toMatchObject({ status: 409, body: { error: { code: "twilio_not_connected" } } });
  });

  it("agents read the integration but cannot change it", async () => {
    const owner = await newTenant();
    await connectTwilio(owner);
    const agent = await newMember(owner, "agent");
    expect((await api(`/api/t/${owner.slug}/integrations`, { token: agent.token })).status).toBe(
      200,
    );
    const put = await api(`/api/t/${owner.slug}/integrations/twilio`, {
      method: "PUT",
      token: agent.token,
      body: sandboxTwilioAccount(),
    });
    expect(put).toMatchObject({ status: 403, body: { error: { code: "role_forbidden" } } });
    expect(
      (
        await api(`/api/t/${owner.slug}/integrations/twilio`, {
          method: "DELETE",
          token: agent.token,
        })
      ).status,
    ).toBe(403);
  });

  it("cannot be disconnected while Twilio numbers use it", async () => {
    const owner = await newTenant();
    await connectTwilio(owner);
    const number = await api(`/api/t/${owner.slug}/whatsapp/numbers`, {
      token: owner.token,
      body: { provider: "twilio", displayName: "Front desk", address: randomAddress() },
    });
    const refused = await api(`/api/t/${owner.slug}/integrations/twilio`, {
      method: "DELETE",
      token: owner.token,
    });
    expect(refused).toMatchObject({
      status: 409,
      body: { error: { code: "twilio_in_use", message: expect.stringContaining("Front desk") } },
    });
    await api(`/api/t/${owner.slug}/whatsapp/numbers/${number.body.id}`, {
      method: "DELETE",
      token: owner.token,
    });
    expect(
      (
        await api(`/api/t/${owner.slug}/integrations/twilio`, {
          method: "DELETE",
          token: owner.token,
        })
      ).status,
    ).toBe(204);
    expect(
      (await api(`/api/t/${owner.slug}/integrations`, { token: owner.token })).body.items,
    ).toEqual([]);
  });
});
