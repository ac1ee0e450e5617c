import { describe, expect, it } from "vitest";
import { api, newTenant, PASSWORD, uniqueEmail } from "./support/api";
import { linkTokenFromMail, mailsTo } from "./support/mail";
import { openSocket } from "./support/websocket";

const login = (email: string, password = PASSWORD) =>
  api("/api/auth/login", { body: { email, password } });

describe("sessions that end", () => {
  it("logout ends the presented session at once (and its socket); other sessions go on", async () => {
    const owner = await newTenant();
    const second = (await login(owner.email)).body.token as string;
    const socket = await openSocket(owner);
    expect((await api("/api/auth/logout", { method: "POST", token: owner.token })).status).toBe(
      204,
    );
    const after = await api("/api/me", { token: owner.token });
    expect(after).toMatchObject({
      status: 401,
      body: { error: { message: expect.stringMatching(/sign in again/) } },
    });
    await expect.poll(() => socket.socket.readyState).toBe(socket.socket.CLOSED);
    expect((await api("/api/me", { token: second })).status).toBe(200);
  });

  it("logout-all ends every session of the user", async () => {
    const owner = await newTenant();
    const second = (await login(owner.email)).body.token as string;
    const socket = await openSocket({ token: second, slug: owner.slug });
    expect((await api("/api/auth/logout-all", { method: "POST", token: owner.token })).status).toBe(
      204,
    );
    expect((await api("/api/me", { token: owner.token })).status).toBe(401);
    expect((await api("/api/me", { token: second })).status).toBe(401);
    await expect.poll(() => socket.socket.readyState).toBe(socket.socket.CLOSED);
    expect((await login(owner.email)).status).toBe(200);
  });

  it("a password change needs the current password, ends every session and answers a fresh token", async () => {
    const owner = await newTenant();
    const other = (await login(owner.email)).body.token as string;
    const wrong = await api("/api/me", {
      method: "PATCH",
      token: owner.token,
      body: { password: "the new password", currentPassword: "not it at all" },
    });
    expect(wrong).toMatchObject({
      status: 400,
      body: { error: { fields: { currentPassword: expect.any(String) } } },
    });
    const missing = await api("/api/me", {
      method: "PATCH",
      token: owner.token,
      body: { password: "the new password" },
    });
    expect(missing.status).toBe(400);

    const changed = await api("/api/me", {
      method: "PATCH",
      token: owner.token,
      body: { password: "the new password", currentPassword: PASSWORD, name: "Renamed" },
    });
    expect(changed).toMatchObject({
      status: 200,
      body: { user: { name: "Renamed" }, token: expect.any(String) },
    });
    expect((await api("/api/me", { token: owner.token })).status).toBe(401);
    expect((await api("/api/me", { token: other })).status).toBe(401);
    expect((await api("/api/me", { token: changed.body.token })).status).toBe(200);
    expect((await login(owner.email)).status).toBe(401);
    expect((await login(owner.email, "the new password")).status).toBe(200);
    const members = await api(`/api/t/${owner.slug}/members`, { token: changed.body.token });
    expect(members.body.items[0]).toMatchObject({ name: "Renamed" });
  });

  it("password reset: 202 for any address, the e-mailed link sets a new password once and ends every session", async () => {
    const owner = await newTenant();
    const unknown = await api("/api/auth/password-reset", { body: { email: uniqueEmail() } });
    const known = await api("/api/auth/password-reset", { body: { email: owner.email } });
    expect(unknown).toEqual({ ...unknown, status: 202, body: { status: "accepted" } });
    expect(known.status).toBe(202);
    expect(known.body).toEqual(unknown.body);

    const token = await linkTokenFromMail(
      owner.email,
      /Reset your Helios password/,
      "reset-password",
    );
    const short = await api("/api/auth/password-reset/confirm", {
      body: { token, password: "short" },
    });
    expect(short).toMatchObject({
      status: 400,
      body: { error: { fields: { password: expect.any(String) } } },
    });
    const confirmed = await api("/api/auth/password-reset/confirm", {
      body: { token, password: "a brand new password" },
    });
    expect(confirmed).toMatchObject({
      status: 200,
      body: { token: expect.any(String), user: { email: owner.email, emailVerified: true } },
    });
    expect((await api("/api/me", { token: owner.token })).status).toBe(401);
    expect((await api("/api/me", { token: confirmed.body.token })).status).toBe(200);
    const reused = await api("/api/auth/password-reset/confirm", {
      body: { token, password: "yet another password" },
    });
    expect(reused).toMatchObject({ status: 404, body: { error: { code: "link_invalid" } } });
    expect((await login(owner.email, "a brand new password")).status).toBe(200);
  });

  it("verify-email: the signup e-mail's link verifies the address, once", async () => {
    const owner = await newTenant();
    expect((await api("/api/me", { token: owner.token })).body.user.emailVerified).toBe(false);
    const token = await linkTokenFromMail(owner.email, /Confirm your e-mail/, "verify-email");
    const verified = await api("/api/auth/verify-email", { body: { token } });
    expect(verified).toMatchObject({ status: 200, body: { user: { emailVerified: true } } });
    expect((await api("/api/me", { token: owner.token })).body.user.emailVerified).toBe(true);
    const again = await api("/api/auth/verify-email", { body: { token } });
    expect(again).toMatchObject({ status: 404, body: { error: { code: "link_invalid" } } });
    const garbage = await api("/api/auth/verify-email", { body: { token: "x" } });
    expect(garbage.status).toBe(400);
  });

  it("remembers the last-used workspace per user (opening its live view), on /api/me and login", async () => {
    const owner = await newTenant();
    expect((await api("/api/me", { token: owner.token })).body.lastTenant).toBeNull();
    const socket = await openSocket(owner);
    socket.close();
    expect((await api("/api/me", { token: owner.token })).body.lastTenant).toBe(owner.slug);
    expect((await login(owner.email)).body.lastTenant).toBe(owner.slug);
  });
});

describe("sign-in limits under concurrency", () => {
  it("40 parallel wrong passwords evaluate at most 10; the real owner gets in after the back-off", async () => {
    const owner = await newTenant();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login(owner.email, `wrong password ${i}`)),
    );
    const evaluated = results.filter((r) => r.status === 401);
    const limited = results.filter((r) => r.status === 429);
    expect(evaluated.length).toBeLessThanOrEqual(10);
    expect(evaluated.length + limited.length).toBe(40);
    for (const r of limited) {
      expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(r.body.error.code).toBe("rate_limited");
    }
    const locked = await login(owner.email);
    expect(locked.status).toBe(429);
    const wait = Number(locked.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(0);
    // The back-off ends by itself (2 s for a first lock in the test cloud, 1 minute by default).
    await expect
      .poll(async () => (await login(owner.email)).status, {
        timeout: (wait + 5) * 1000,
        interval: 500,
      })
      .toBe(200);
  });
});

describe("profile and verification e-mails", () => {
  it("PATCH /api/me renames everywhere without ending sessions; resend sends a new link", async () => {
    const owner = await newTenant();
    const renamed = await api("/api/me", {
      method: "PATCH",
      token: owner.token,
      body: { name: "Olivia Owner" },
    });
    expect(renamed).toMatchObject({ status: 200, body: { user: { name: "Olivia Owner" } } });
    expect(renamed.body.token).toBeUndefined();
    expect((await api("/api/me", { token: owner.token })).body.user.name).toBe("Olivia Owner");
    const members = await api(`/api/t/${owner.slug}/members`, { token: owner.token });
    expect(members.body.items[0]).toMatchObject({ name: "Olivia Owner" });
    const empty = await api("/api/me", { method: "PATCH", token: owner.token, body: {} });
    expect(empty.status).toBe(400);

    const resend = await api("/api/auth/verify-email/resend", {
      method: "POST",
      token: owner.token,
      body: {},
    });
    expect(resend).toMatchObject({ status: 202, body: { status: "accepted" } });
    await expect
      .poll(
        async () => (await mailsTo(owner.email)).filter((m) => /Confirm/.test(m.subject)).length,
      )
      .toBe(2);
  });
});
