import { randomBytes } from "node:crypto";
import { describe, expect, inject, it } from "vitest";

/** The sandbox as the local cloud serves it (the run's local cloud process, `npm start`'s code). */
describe("provider sandbox in the local cloud", () => {
  const baseUrl = inject("baseUrl");

  it("describes itself at /_sandbox", async () => {
    const res = await fetch(`${baseUrl}/_sandbox`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      twilio: { baseUrl: `${baseUrl}/_sandbox/twilio` },
      meta: { baseUrl: `${baseUrl}/_sandbox/meta/v21.0` },
    });
  });

  it("answers Twilio and Graph calls on the local cloud's origin", async () => {
    const sid = `AC${randomBytes(16).toString("hex")}`;
    const auth = Buffer.from(`${sid}:${randomBytes(16).toString("hex")}`).toString("base64");
    const account = await fetch(`${baseUrl}/_sandbox/twilio/2010-04-01/Accounts/${sid}.json`, {
      headers: { authorization: `Basic ${auth}` },
    });
    expect(account.status).toBe(200);
    expect(await account.json()).toMatchObject({ sid, status: "active" });

    const graph = await fetch(`${baseUrl}/_sandbox/meta/v21.0/123/messages`, {
      method: "POST",
      headers: { authorization: "Bearer INVALID-token-for-the-test" },
    });
    expect(graph.status).toBe(401);
    expect(await graph.json()).toMatchObject({ error: { code: 190 } });
  });

  it("leaves the other routes alone", async () => {
    expect((await fetch(`${baseUrl}/api/health`)).status).toBe(200);
  });
});
