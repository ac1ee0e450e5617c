import { httpRoutes } from "@helios/functions/routes";
import { describe, expect, it } from "vitest";
import { api, newMember, newTenant, PASSWORD, uniqueEmail } from "./support/api";

describe("members over HTTP", () => {
  it("an owner adds, re-roles and removes a member", async () => {
    const owner = await newTenant();
    const email = uniqueEmail("agent");
    const added = await api(`/api/t/${owner.slug}/members`, {
      token: owner.token,
      body: { email, name: "Ada Agent", role: "agent", password: PASSWORD },
    });
    expect(added).toMatchObject({ status: 201, body: { email, name: "Ada Agent", role: "agent" } });

    const changed = await api(`/api/t/${owner.slug}/members/${added.body.userId}`, {
      method: "PATCH",
      token: owner.token,
      body: { role: "admin" },
    });
    expect(changed).toMatchObject({ status: 200, body: { role: "admin" } });

    const list = await api(`/api/t/${owner.slug}/members`, { token: owner.token });
    expect(
      list.body.items.map((m: { email: string; role: string }) => [m.email, m.role]).sort(),
    ).toEqual(
      [
        [email, "admin"],
        [owner.email, "owner"],
      ].sort(),
    );

    const removed = await api(`/api/t/${owner.slug}/members/${added.body.userId}`, {
      method: "DELETE",
      token: owner.token,
    });
    expect(removed.status).toBe(204);
    const after = await api(`/api/t/${owner.slug}/members`, { token: owner.token });
    expect(after.body.items).toHaveLength(1);
  });

  it("an agent cannot manage members", async () => {
    const owner = await newTenant();
    const agent = await newMember(owner, "agent");
    const body = { email: uniqueEmail(), name: "X", role: "agent", password: PASSWORD };
    for (const res of [
      await api(`/api/t/${owner.slug}/members`, { token: agent.token }),
      await api(`/api/t/${owner.slug}/members`, { token: agent.token, body }),
      await api(`/api/t/${owner.slug}/members/${owner.userId}`, {
        method: "PATCH",
        token: agent.token,
        body: { role: "agent" },
      }),
      await api(`/api/t/${owner.slug}/members/${owner.userId}`, {
        method: "DELETE",
        token: agent.token,
      }),
    ]) {
      expect(res).toMatchObject({ status: 403, body: { error: { code: "role_forbidden" } } });
    }
  });

  it("refuses to remove or demote the last owner with a message that says what to do", async () => {
    const owner = await newTenant();
    const res = await api(`/api/t/${owner.slug}/members/${owner.userId}`, {
      method: "DELETE",
      token: owner.token,
    });
    expect(res).toMatchObject({
      status: 422,
      body: { error: { code: "last_owner", message: expect.stringMatching(/owner/) } },
    });
  });

  it("validates the role", async () => {
    const owner = await newTenant();
    const res = await api(`/api/t/${owner.slug}/members`, {
      token: owner.token,
      body: { email: uniqueEmail(), name: "X", role: "superuser", password: PASSWORD },
    });
    expect(res).toMatchObject({
      status: 400,
      body: { error: { code: "validation_failed", fields: { role: expect.any(String) } } },
    });
  });
});

describe("tenant isolation", () => {
  it("a second tenant's user gets 403 on every tenant route of the first tenant", async () => {
    const first = await newTenant();
    const second = await newTenant();
    const tenantRoutes = httpRoutes.filter((route) => route.path.startsWith("/api/t/{tenant}"));
    expect(tenantRoutes.length).toBeGreaterThan(0);
    for (const route of tenantRoutes) {
      const path = route.path.replace("{tenant}", first.slug).replace(/\{\w+\}/g, first.userId);
      const body = route.method === "GET" || route.method === "DELETE" ? undefined : {};
      const res = await api(path, { method: route.method, token: second.token, body });
      expect(res, `${route.method} ${route.path}`).toMatchObject({
        status: 403,
        body: { error: { code: "not_a_member" } },
      });
    }
    const unknownTenant = await api("/api/t/no-such-tenant/members", { token: second.token });
    expect(unknownTenant.status).toBe(403);
  });
});
