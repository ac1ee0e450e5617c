import { describe, expect, it } from "vitest";
import { api, newTenant, type TestTenant } from "./support/api";
import { conversationWith } from "./support/conversations";

const send = (tenant: TestTenant, conversationId: string, text: string) =>
  api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/messages`, {
    token: tenant.token,
    body: { text },
  });

const number = (tenant: TestTenant, numberId: string) =>
  `/api/t/${tenant.slug}/whatsapp/numbers/${numberId}`;

// A person's reply takes its number from a warm function's cache; the reply's transaction checks
// that the number is still the one cached.
describe("a reply through a number changed or deleted since it was cached", () => {
  it("goes out after the number was edited, and is refused (nothing stored) once it is deleted", async () => {
    const tenant = await newTenant();
    const { numberId, conversationId } = await conversationWith(tenant);
    expect((await send(tenant, conversationId, "First answer")).status).toBe(201);

    const renamed = await api(number(tenant, numberId), {
      method: "PATCH",
      token: tenant.token,
      body: { displayName: "Renamed desk" },
    });
    expect(renamed.status).toBe(200);
    expect((await send(tenant, conversationId, "Second answer")).status).toBe(201);

    const deleted = await api(number(tenant, numberId), { method: "DELETE", token: tenant.token });
    expect(deleted.status).toBeLessThan(300);
    const refused = await send(tenant, conversationId, "Third answer");
    expect(refused).toMatchObject({ status: 409, body: { error: { code: "number_deleted" } } });

    const messages = await api(
      `/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/messages`,
      { token: tenant.token },
    );
    expect(
      (messages.body.items as { direction: string; kind: string; text: string }[])
        .filter((m) => m.direction === "outbound" && m.kind === "text")
        .map((m) => m.text),
    ).toEqual(["First answer", "Second answer"]);
  });
});
