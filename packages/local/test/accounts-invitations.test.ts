import { describe, expect, it } from "vitest";
import { api, newMember, newTenant, PASSWORD, uniqueEmail } from "./support/api";
import { linkTokenFromMail, mailsTo } from "./support/mail";
import { openSocket } from "./support/websocket";

const tokenOf = (url: string) => url.split("/invite/")[1] as string;

async function invite(owner: { slug: string; token: string }, email: string, role = "agent") {
  const res = await api(`/api/t/${owner.slug}/invitations`, {
    token: owner.token,
    body: { email, role },
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; email: string; role: string; expiresAt: string; url: string };
}

describe("invitations", () => {
  it("create → e-mailed link → preview → accept with a new account → the inbox; single use", async () => {
    const owner = await newTenant();
    const email = uniqueEmail("teammate");
    const created = await invite(owner, email);
    expect(created).toMatchObject({
      email,
      role: "agent",
      url: expect.stringContaining("/invite/"),
    });

    const mailed = await linkTokenFromMail(email, /invited you/, "invite");
    expect(mailed).toBe(tokenOf(created.url));
    const [mail] = await mailsTo(email);
    expect(mail?.html).toContain(created.url);

    const listed = await api(`/api/t/${owner.slug}/invitations`, { token: owner.token });
    expect(listed.body.items).toEqual([
      {
        id: created.id,
        email,
        role: "agent",
        expiresAt: created.expiresAt,
        invitedBy: { userId: owner.userId, name: "Owner" },
        createdAt: expect.any(String),
      },
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(mailed);

    const preview = await api(`/api/invitations/${mailed}`);
    expect(preview).toMatchObject({
      status: 200,
      body: { email, role: "agent", inviterName: "Owner", accountExists: false },
    });

    const accepted = await api(`/api/invitations/${mailed}/accept`, {
      body: { name: "Tess Teammate", password: PASSWORD },
    });
    expect(accepted).toMatchObject({
      status: 200,
      body: { user: { email, emailVerified: true }, tenant: { slug: owner.slug } },
    });
    const inbox = await api(`/api/t/${owner.slug}/whatsapp/conversations`, {
      token: accepted.body.token,
    });
    expect(inbox.status).toBe(200);

    const again = await api(`/api/invitations/${mailed}/accept`, {
      body: { name: "Someone", password: PASSWORD },
    });
    expect(again).toMatchObject({ status: 404, body: { error: { code: "invitation_not_found" } } });
    expect((await api(`/api/invitations/${mailed}`)).status).toBe(404);
    expect(
      (await api(`/api/t/${owner.slug}/invitations`, { token: owner.token })).body.items,
    ).toEqual([]);
  });

  it("the pre-registration takeover fails: the attacker never gets in, and loses the account when the real person accepts", async () => {
    const owner = await newTenant();
    const victim = uniqueEmail("new.hire");
    // The attacker signs up first with the new hire's address (never verified).
    const attacker = await api("/api/auth/signup", {
      body: { email: victim, password: "attacker password", name: "Mallory", tenantName: "Evil" },
    });
    expect(attacker.status).toBe(201);
    const attackerSocket = await openSocket({
      token: attacker.body.token,
      slug: attacker.body.tenant.slug,
    });

    // Adding the e-mail as a member no longer attaches the existing account.
    const added = await api(`/api/t/${owner.slug}/members`, {
      token: owner.token,
      body: { email: victim, name: "New Hire", role: "agent", password: PASSWORD },
    });
    expect(added).toMatchObject({ status: 409, body: { error: { code: "account_exists" } } });

    // The owner invites; the attacker's account gains nothing.
    await invite(owner, victim);
    const attackerMe = await api("/api/me", { token: attacker.body.token });
    expect(attackerMe.body.tenants.map((t: { slug: string }) => t.slug)).not.toContain(owner.slug);
    expect(
      (await api(`/api/t/${owner.slug}/whatsapp/conversations`, { token: attacker.body.token }))
        .status,
    ).toBe(403);

    // The real person accepts through the e-mailed link: the attacker's sessions end.
    const token = await linkTokenFromMail(victim, /invited you/, "invite");
    const accepted = await api(`/api/invitations/${token}/accept`, {
      body: { name: "Nina New Hire", password: PASSWORD },
    });
    expect(accepted).toMatchObject({ status: 200, body: { user: { emailVerified: true } } });
    expect((await api("/api/me", { token: attacker.body.token })).status).toBe(401);
    await expect.poll(() => attackerSocket.socket.readyState).toBe(attackerSocket.socket.CLOSED);
    const oldPassword = await api("/api/auth/login", {
      body: { email: victim, password: "attacker password" },
    });
    expect(oldPassword.status).toBe(401);
    const realLogin = await api("/api/auth/login", { body: { email: victim, password: PASSWORD } });
    expect(realLogin.status).toBe(200);
    expect(realLogin.body.tenants.map((t: { slug: string }) => t.slug)).toContain(owner.slug);
  });

  it("a verified account accepts signed in as itself; another account or no session is told what to do", async () => {
    const owner = await newTenant();
    const other = await newTenant();
    const invitee = await newTenant();
    const verify = await linkTokenFromMail(invitee.email, /Confirm your e-mail/, "verify-email");
    expect((await api("/api/auth/verify-email", { body: { token: verify } })).status).toBe(200);
    const { url } = await invite(owner, invitee.email, "admin");
    const token = tokenOf(url);

    expect((await api(`/api/invitations/${token}`)).body.accountExists).toBe(true);
    const withoutSession = await api(`/api/invitations/${token}/accept`, {
      body: { name: "Taking", password: "over the account" },
    });
    expect(withoutSession).toMatchObject({
      status: 409,
      body: { error: { code: "sign_in_required" } },
    });
    const asSomeoneElse = await api(`/api/invitations/${token}/accept`, {
      token: other.token,
      body: {},
    });
    expect(asSomeoneElse).toMatchObject({
      status: 403,
      body: { error: { code: "invitation_for_another_email" } },
    });
    const accepted = await api(`/api/invitations/${token}/accept`, {
      token: invitee.token,
      body: {},
    });
    expect(accepted).toMatchObject({ status: 200, body: { tenant: { slug: owner.slug } } });
    const me = await api("/api/me", { token: invitee.token });
    expect(me.body.tenants).toContainEqual({
      slug: owner.slug,
      name: expect.any(String),
      role: "admin",
    });
  });

  it("revoked invitations stop working; only an owner invites an owner; bad input is refused", async () => {
    const owner = await newTenant();
    const admin = await newMember(owner, "admin");
    const agent = await newMember(owner, "agent");
    const created = await invite(owner, uniqueEmail("revoked"));
    const revoked = await api(`/api/t/${owner.slug}/invitations/${created.id}`, {
      method: "DELETE",
      token: owner.token,
    });
    expect(revoked.status).toBe(204);
    expect((await api(`/api/invitations/${tokenOf(created.url)}`)).status).toBe(404);
    const twice = await api(`/api/t/${owner.slug}/invitations/${created.id}`, {
      method: "DELETE",
      token: owner.token,
    });
    expect(twice.status).toBe(404);

    const byAdmin = await api(`/api/t/${owner.slug}/invitations`, {
      token: admin.token,
      body: { email: uniqueEmail(), role: "owner" },
    });
    expect(byAdmin).toMatchObject({ status: 403, body: { error: { code: "role_forbidden" } } });
    const byAgent = await api(`/api/t/${owner.slug}/invitations`, {
      token: agent.token,
      body: { email: uniqueEmail(), role: "agent" },
    });
    expect(byAgent.status).toBe(403);
    const bad = await api(`/api/t/${owner.slug}/invitations`, {
      token: owner.token,
      body: { email: "not-an-email", role: "boss" },
    });
    expect(bad).toMatchObject({
      status: 400,
      body: {
        error: {
          code: "validation_failed",
          fields: { email: expect.any(String), role: expect.any(String) },
        },
      },
    });
    const member = await api(`/api/t/${owner.slug}/invitations`, {
      token: owner.token,
      body: { email: agent.email, role: "agent" },
    });
    expect(member).toMatchObject({ status: 409, body: { error: { code: "already_member" } } });
    const unknown = await api(`/api/invitations/${"x".repeat(43)}`);
    expect(unknown).toMatchObject({
      status: 404,
      body: { error: { code: "invitation_not_found" } },
    });
    const halfBody = await api(`/api/invitations/${"x".repeat(43)}/accept`, {
      body: { name: "A" },
    });
    expect(halfBody.status).toBe(400);
  });

  it("two parallel accepts of one link: exactly one joins", async () => {
    const owner = await newTenant();
    const email = uniqueEmail("racer");
    const { url } = await invite(owner, email);
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        api(`/api/invitations/${tokenOf(url)}/accept`, { body: { name: "R", password: PASSWORD } }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    const members = await api(`/api/t/${owner.slug}/members`, { token: owner.token });
    expect(members.body.items.filter((m: { email: string }) => m.email === email)).toHaveLength(1);
  });
});
