import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SignJWT } from "jose";
import { describe, expect, inject, it } from "vitest";
import { api, newTenant, PASSWORD, uniqueEmail } from "./support/api";

describe("health", () => {
  it("answers ok once the API and its table answer", async () => {
    expect(await api("/api/health")).toMatchObject({ status: 200, body: { ok: true } });
  });
});

describe("POST /api/auth/signup", () => {
  it("creates the tenant and its owner and returns a token that works", async () => {
    const email = uniqueEmail();
    const res = await api("/api/auth/signup", {
      body: {
        email: email.toUpperCase(),
        password: PASSWORD,
        name: "Nia",
        tenantName: "Nia's Nails",
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      token: expect.any(String),
      user: { email, name: "Nia" },
      tenant: { slug: expect.stringMatching(/^nia-s-nails/), name: "Nia's Nails" },
    });
    expect(JSON.stringify(res.body)).not.toContain("password");
    const me = await api("/api/me", { token: res.body.token });
    expect(me.body.tenants).toEqual([
      { slug: res.body.tenant.slug, name: "Nia's Nails", role: "owner" },
    ]);
  });

  it("refuses bad input with a message per field and stores nothing", async () => {
    const email = uniqueEmail();
    const res = await api("/api/auth/signup", {
      body: { email, password: "short", name: "", tenantName: "X" },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: "validation_failed",
      fields: {
        password: expect.any(String),
        name: expect.any(String),
        tenantName: expect.any(String),
      },
    });
    const login = await api("/api/auth/login", { body: { email, password: "short" } });
    expect(login.status).toBe(401);
  });

  it("refuses a body that is not JSON", async () => {
    const res = await api("/api/auth/signup", {
      body: undefined,
      headers: { "content-type": "application/json" },
      method: "POST",
    });
    expect(res.status).toBe(400);
    const text = await fetch(`${inject("baseUrl")}/api/auth/signup`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "email=a",
    });
    expect(text.status).toBe(400);
  });

  it("answers 409 for an e-mail that already has an account", async () => {
    const tenant = await newTenant();
    const res = await api("/api/auth/signup", {
      body: { email: tenant.email, password: PASSWORD, name: "Again", tenantName: "Another" },
    });
    expect(res).toMatchObject({ status: 409, body: { error: { code: "email_taken" } } });
  });
});

describe("POST /api/auth/login", () => {
  it("returns a token and the user's tenants", async () => {
    const tenant = await newTenant();
    const res = await api("/api/auth/login", { body: { email: tenant.email, password: PASSWORD } });
    expect(res.status).toBe(200);
    expect(res.body.tenants).toEqual([
      expect.objectContaining({ slug: tenant.slug, role: "owner" }),
    ]);
  });

  it("answers 401 with the same message for a wrong password and an unknown e-mail", async () => {
    const tenant = await newTenant();
    const wrong = await api("/api/auth/login", {
      body: { email: tenant.email, password: "wrong password" },
    });
    const unknown = await api("/api/auth/login", {
      body: { email: uniqueEmail(), password: PASSWORD },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
  });

  it("rate-limits repeated failures with 429 and Retry-After", async () => {
    const tenant = await newTenant();
    for (let i = 0; i < 10; i++) {
      await api("/api/auth/login", {
        body: { email: tenant.email, password: `wrong ${i} password` },
      });
    }
    const res = await api("/api/auth/login", { body: { email: tenant.email, password: PASSWORD } });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("GET /api/me", () => {
  it("answers 401 without a token, with a forged one and with an expired one", async () => {
    expect((await api("/api/me")).status).toBe(401);
    const tenant = await newTenant();
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(tenant.userId)
      .setIssuer("helios")
      .setAudience("helios-api")
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode("a guessed secret, not the real one"));
    expect((await api("/api/me", { token: forged })).status).toBe(401);

    const secrets = JSON.parse(
      readFileSync(join(inject("localCloudDataDir"), "local-secrets.json"), "utf8"),
    );
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(tenant.userId)
      .setIssuer("helios")
      .setAudience("helios-api")
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(secrets.JWT_SECRET));
    const res = await api("/api/me", { token: expired });
    expect(res).toMatchObject({
      status: 401,
      body: { error: { message: expect.stringMatching(/expired/) } },
    });
  });
});

describe("the API Gateway emulation", () => {
  it("answers an unknown route as API Gateway does", async () => {
    expect(await api("/api/nothing-here")).toMatchObject({
      status: 404,
      body: { message: "Not Found" },
    });
  });
});
