import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { api, newMember, newTenant } from "./support/api";
import {
  connectTwilio,
  createAgent,
  randomAddress,
  randomPhoneNumberId,
} from "./support/providers";

const numbersOf = (slug: string) => `/api/t/${slug}/whatsapp/numbers`;

describe("WhatsApp numbers: the rules", () => {
  it("connects a Twilio number and gives its webhook URLs", async () => {
    const owner = await newTenant();
    await connectTwilio(owner);
    const agent = await createAgent(owner);
    const address = randomAddress();
    const res = await api(numbersOf(owner.slug), {
      token: owner.token,
      body: {
        provider: "twilio",
        displayName: "Support",
        address,
        assignedAgentId: agent.id,
        active: true,
      },
    });
    expect(res).toMatchObject({
      status: 201,
      body: {
        id: expect.any(String),
        provider: "twilio",
        displayName: "Support",
        address,
        assignedAgentId: agent.id,
        active: true,
      },
    });
    expect(res.body.webhook).toEqual({
      url: `${inject("baseUrl")}/webhooks/twilio/${res.body.id}`,
      statusUrl: `${inject("baseUrl")}/webhooks/twilio/${res.body.id}/status`,
    });
    expect((await api(numbersOf(owner.slug), { token: owner.token })).body.items).toEqual([
      res.body,
    ]);
  });

  it("an active number needs an agent with WhatsApp enabled", async () => {
    const owner = await newTenant();
    await connectTwilio(owner);
    const noAgent = await api(numbersOf(owner.slug), {
      token: owner.token,
      body: { provider: "twilio", displayName: "A", address: randomAddress(), active: true },
    });
    expect(noAgent).toMatchObject({
      status: 422,
      body: { error: { code: "agent_required", fields: { assignedAgentId: expect.any(String) } } },
    });
    const offline = await createAgent(owner, { name: "Quiet", channels: { whatsapp: false } });
    const disabled = await api(numbersOf(owner.slug), {
      token: owner.token,
      body: {
        provider: "twilio",
        displayName: "A",
        address: randomAddress(),
        assignedAgentId: offline.id,
        active: true,
      },
    });
    expect(disabled).toMatchObject({
      status: 422,
      body: {
        error: {
          code: "agent_whatsapp_disabled",
          message: expect.stringContaining("WhatsApp enabled"),
        },
      },
    });

    const inactive = await api(numbersOf(owner.slug), {
      token: owner.token,
      body: { provider: "twilio", displayName: "B", address: randomAddress() },
    });
    expect(inactive).toMatchObject({ status: 201, body: { active: false, assignedAgentId: null } });
    const toggled = await api(`${numbersOf(owner.slug)}/${inactive.body.id}`, {
      method: "PATCH",
      token: owner.token,
      body: { active: true },
    });
    expect(toggled).toMatchObject({ status: 422, body: { error: { code: "agent_required" } } });
  });

  it("validates the address format", async () => {
    const owner = await newTenant();
    await connectTwilio(owner);
    for (const address of [
      "+14155238886",
      "whatsapp:14155238886",
      "whatsapp:+1234567",
      "whatsapp:+1234567890123456",
      "whatsapp:+1415abc8886",
    ]) {
      const res = await api(numbersOf(owner.slug), {
        token: owner.token,
        body: { provider: "twilio", displayName: "A", address },
      });
      expect(res, address).toMatchObject({
        status: 400,
        body: { error: { fields: { address: expect.stringContaining("whatsapp:+") } } },
      });
    }
  });

  it("a Twilio number needs the Twilio integration", async () => {
    const owner = await newTenant();
    const res = await api(numbersOf(owner.slug), {
      token: owner.token,
      body: { provider: "twilio", displayName: "A", address: randomAddress() },
    });
    expect(res).toMatchObject({ status: 409, body: { error: { code: "twilio_not_connected" } } });
  });

  it("an address is connected once across all tenants", async () => {
    const first = await newTenant();
    const second = await newTenant();
    await connectTwilio(first);
    await connectTwilio(second);
    const address = randomAddress();
    const body = { provider: "twilio", displayName: "Mine", address };
    expect((await api(numbersOf(first.slug), { token: first.token, body })).status).toBe(201);
    const taken = await api(numbersOf(second.slug), { token: second.token, body });
    expect(taken).toMatchObject({
      status: 409,
      body: { error: { code: "number_taken", fields: { address: expect.any(String) } } },
    });
  });

  it("two tenants connecting the same address at once: one wins, one gets 409", async () => {
    const tenants = await Promise.all([newTenant(), newTenant()]);
    await Promise.all(tenants.map(connectTwilio));
    const address = randomAddress();
    const results = await Promise.all(
      tenants.map((t) =>
        api(numbersOf(t.slug), {
          token: t.token,
          body: { provider: "twilio", displayName: "Race", address },
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it("edits, deactivates and deletes; a deleted number's address can be connected again", async () => {
    const owner = await newTenant();
    await connectTwilio(owner);
    const agent = await createAgent(owner);
    const address = randomAddress();
    const created = await api(numbersOf(owner.slug), {
      token: owner.token,
      body: {
        provider: "twilio",
        displayName: "Old",
        address,
        assignedAgentId: agent.id,
        active: true,
      },
    });
    const id = created.body.id;
    const newAddress = randomAddress();
    const edited = await api(`${numbersOf(owner.slug)}/${id}`, {
      method: "PATCH",
      token: owner.token,
      body: { displayName: "New", address: newAddress, active: false },
    });
    expect(edited).toMatchObject({
      status: 200,
      body: { displayName: "New", address: newAddress, active: false },
    });
    // the old address was released by the edit
    const reuse = await api(numbersOf(owner.slug), {
      token: owner.token,
      body: { provider: "twilio", displayName: "Reuse", address },
    });
    expect(reuse.status).toBe(201);
    expect(
      (await api(`${numbersOf(owner.slug)}/${id}`, { method: "DELETE", token: owner.token }))
        .status,
    ).toBe(204);
    expect(
      (
        await api(`${numbersOf(owner.slug)}/${id}`, {
          method: "PATCH",
          token: owner.token,
          body: { active: false },
        })
      ).status,
    ).toBe(404);
    const again = await api(numbersOf(owner.slug), {
      token: owner.token,
      body: { provider: "twilio", displayName: "Back", address: newAddress },
    });
    expect(again.status).toBe(201);
  });

  it("agents (role) see numbers but cannot change them; another tenant gets 404 for a number id", async () => {
    const owner = await newTenant();
    await connectTwilio(owner);
    const created = await api(numbersOf(owner.slug), {
      token: owner.token,
      body: { provider: "twilio", displayName: "Desk", address: randomAddress() },
    });
    const member = await newMember(owner, "agent");
    expect((await api(numbersOf(owner.slug), { token: member.token })).body.items).toHaveLength(1);
    expect(
      (
        await api(`${numbersOf(owner.slug)}/${created.body.id}`, {
          method: "PATCH",
          token: member.token,
          body: { active: false },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await api(`${numbersOf(owner.slug)}/${created.body.id}`, {
          method: "DELETE",
          token: member.token,
        })
      ).status,
    ).toBe(403);

    const other = await newTenant();
    const foreign = await api(`${numbersOf(other.slug)}/${created.body.id}`, {
      method: "DELETE",
      token: other.token,
    });
    expect(foreign).toMatchObject({ status: 404, body: { error: { code: "number_not_found" } } });
  });
});

describe("Meta numbers and secrets at rest", () => {
  it("stores Meta credentials sealed: never in a response, never in a log line", async () => {
    const owner = await newTenant();
    const accessToken = `EAAG${randomBytes(24).toString("hex")}`;
    const appSecret = randomBytes(16).toString("hex");
    const phoneNumberId = randomPhoneNumberId();
    const created = await api(numbersOf(owner.slug), {
      token: owner.token,
      body: {
        provider: "meta",
        displayName: "Meta line",
        phoneNumberId,
        businessAccountId: "102290129340398",
        accessToken,
        appSecret,
      },
    });
    expect(created).toMatchObject({
      status: 201,
      body: { provider: "meta", phoneNumberId, hasAppSecret: true },
    });
    expect(created.body.webhook).toEqual({
      url: `${inject("baseUrl")}/webhooks/meta/${created.body.id}`,
      verifyToken: expect.stringMatching(/^[\w-]{24,}$/),
    });

    const newToken = `EAAG${randomBytes(24).toString("hex")}`;
    const edited = await api(`${numbersOf(owner.slug)}/${created.body.id}`, {
      method: "PATCH",
      token: owner.token,
      body: { accessToken: newToken, appSecret: null },
    });
    expect(edited.body.hasAppSecret).toBe(false);
    const listed = await api(numbersOf(owner.slug), { token: owner.token });
    const bodies = JSON.stringify([created.body, edited.body, listed.body]);
    for (const secret of [accessToken, appSecret, newToken]) {
      expect(bodies).not.toContain(secret);
      expect(readFileSync(inject("localCloudLog"), "utf8")).not.toContain(secret);
    }
    const misplaced = await api(`${numbersOf(owner.slug)}/${created.body.id}`, {
      method: "PATCH",
      token: owner.token,
      body: { address: randomAddress() },
    });
    expect(misplaced).toMatchObject({
      status: 400,
      body: { error: { fields: { address: expect.any(String) } } },
    });
  });

  it("checks the token and phone number id with Graph at connect and edit; a refusal saves nothing", async () => {
    const owner = await newTenant();
    const body = (overrides: Record<string, unknown>) => ({
      provider: "meta",
      displayName: "Meta line",
      phoneNumberId: randomPhoneNumberId(),
      accessToken: `EAAG${randomBytes(24).toString("hex")}`,
      appSecret: randomBytes(16).toString("hex"),
      ...overrides,
    });
    const badToken = await api(numbersOf(owner.slug), {
      token: owner.token,
      body: body({ accessToken: `INVALID${randomBytes(16).toString("hex")}` }),
    });
    expect(badToken).toMatchObject({
      status: 422,
      body: { error: { code: "meta_token_refused", fields: { accessToken: expect.any(String) } } },
    });
    const unknownId = await api(numbersOf(owner.slug), {
      token: owner.token,
      body: body({ phoneNumberId: "999999999" }),
    });
    expect(unknownId).toMatchObject({
      status: 422,
      body: {
        error: { code: "meta_number_not_found", fields: { phoneNumberId: expect.any(String) } },
      },
    });
    expect((await api(numbersOf(owner.slug), { token: owner.token })).body.items).toEqual([]);

    const created = await api(numbersOf(owner.slug), { token: owner.token, body: body({}) });
    expect(created).toMatchObject({
      status: 201,
      body: {
        displayPhoneNumber: expect.stringMatching(/^\+1 555-\d{3}-\d{4}$/),
        verifiedName: "Helios Sandbox",
        verified: true,
      },
    });
    const path = `${numbersOf(owner.slug)}/${created.body.id}`;
    const refused = await api(path, {
      method: "PATCH",
      token: owner.token,
      body: { accessToken: `INVALID${randomBytes(16).toString("hex")}` },
    });
    expect(refused).toMatchObject({ status: 422, body: { error: { code: "meta_token_refused" } } });
    const movedToUnknown = await api(path, {
      method: "PATCH",
      token: owner.token,
      body: { phoneNumberId: "999999999" },
    });
    expect(movedToUnknown.status).toBe(422);
    const [stored] = (await api(numbersOf(owner.slug), { token: owner.token })).body.items;
    expect(stored).toEqual(created.body);

    const phoneNumberId = randomPhoneNumberId();
    const moved = await api(path, { method: "PATCH", token: owner.token, body: { phoneNumberId } });
    // The sandbox's display number ends with the id's last seven digits.
    const last7 = phoneNumberId.slice(-7);
    expect(moved).toMatchObject({
      status: 200,
      body: { phoneNumberId, displayPhoneNumber: `+1 555-${last7.slice(0, 3)}-${last7.slice(3)}` },
    });
  });
});
