import { describe, expect, it } from "vitest";
import { api, newTenant, type TestTenant } from "./support/api";
import { connectTwilio, randomAddress } from "./support/providers";
import { newMessageSid, postTwilio, twilioFixture } from "./support/twilio-webhooks";

const numbersOf = (tenant: TestTenant) => `/api/t/${tenant.slug}/whatsapp/numbers`;

const connect = (tenant: TestTenant, address: string) =>
  api(numbersOf(tenant), {
    token: tenant.token,
    body: { provider: "twilio", displayName: "Support", address },
  });

async function twilioNumbers(tenant: TestTenant) {
  const res = await api(`/api/t/${tenant.slug}/integrations/twilio/numbers`, {
    token: tenant.token,
  });
  expect(res.status).toBe(200);
  return res.body.items as { address: string; connected?: string | null }[];
}

describe("WhatsApp numbers: who owns an address", () => {
  it("a typed address Twilio does not list is unverified; the owner's verified connect takes it over", async () => {
    const owner = await newTenant();
    await connectTwilio(owner);
    const [owned] = await twilioNumbers(owner);
    const address = owned?.address ?? "";
    expect(owned?.connected).toBeNull();

    // A squatter types the owner's address into its own workspace (its own Twilio account).
    const squatter = await newTenant();
    const squatterTwilio = await connectTwilio(squatter);
    const squatted = await connect(squatter, address);
    expect(squatted).toMatchObject({ status: 201, body: { verified: false, disconnected: false } });

    // The unverified claim does not block the owner: the dropdown still offers the number …
    expect((await twilioNumbers(owner)).find((n) => n.address === address)?.connected).toBeNull();
    // … and the owner's connect is verified and takes the address over.
    const verified = await connect(owner, address);
    expect(verified).toMatchObject({ status: 201, body: { verified: true, disconnected: false } });
    expect((await twilioNumbers(owner)).find((n) => n.address === address)?.connected).toBe("here");

    // The squatter's number stays, marked disconnected, and no longer receives anything.
    const [displaced] = (await api(numbersOf(squatter), { token: squatter.token })).body.items;
    expect(displaced).toMatchObject({ id: squatted.body.id, disconnected: true });
    const delivered = await postTwilio(
      `/webhooks/twilio/${squatted.body.id}`,
      twilioFixture("inbound-text", { MessageSid: newMessageSid(), From: randomAddress() }),
      squatterTwilio.authToken,
    );
    expect(delivered.status).toBe(403);
    expect(
      (await api(`/api/t/${squatter.slug}/whatsapp/conversations`, { token: squatter.token })).body
        .items,
    ).toEqual([]);

    // A verified claim is never taken over: neither by an unverified one …
    expect(await connect(squatter, address)).toMatchObject({
      status: 409,
      body: { error: { code: "number_taken" } },
    });
    // … nor by the owner connecting it a second time.
    expect((await connect(owner, address)).status).toBe(409);

    // Deleting the displaced number leaves the owner's claim alone.
    expect(
      (
        await api(`${numbersOf(squatter)}/${squatted.body.id}`, {
          method: "DELETE",
          token: squatter.token,
        })
      ).status,
    ).toBe(204);
    expect((await connect(squatter, address)).status).toBe(409);
    const [kept] = (await api(numbersOf(owner), { token: owner.token })).body.items;
    expect(kept).toMatchObject({ address, verified: true, disconnected: false });
  });

  it("an unverified claim blocks another unverified one, and a deleted claim frees the address", async () => {
    const first = await newTenant();
    const second = await newTenant();
    await connectTwilio(first);
    await connectTwilio(second);
    const address = randomAddress();
    const claimed = await connect(first, address);
    expect(claimed).toMatchObject({ status: 201, body: { verified: false } });
    expect((await connect(second, address)).status).toBe(409);
    await api(`${numbersOf(first)}/${claimed.body.id}`, { method: "DELETE", token: first.token });
    expect((await connect(second, address)).status).toBe(201);
  });
});
