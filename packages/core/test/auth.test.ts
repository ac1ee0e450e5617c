import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { login, me } from "../src/auth/login";
import { signup } from "../src/auth/signup";
import { issueToken, verifyToken } from "../src/auth/token";
import { useFreshTable } from "./support/fresh-table";

useFreshTable();

const password = "correct horse battery";
const unique = () => `${Math.random().toString(36).slice(2, 10)}@example.com`;
let addresses = 0;
const nextAddress = () => `10.200.0.${++addresses}`;

describe("signup", () => {
  it("creates the tenant with the new user as its owner", async () => {
    const email = unique();
    const result = await signup(
      { email, password, name: "Ana", tenantName: "Café Ñandú & Co" },
      nextAddress(),
    );
    expect(result.tenant.slug).toBe("cafe-nandu-co");
    expect(result.user).toEqual({
      id: expect.any(String),
      email,
      name: "Ana",
      emailVerified: false,
    });
    expect((await verifyToken(result.token)).userId).toBe(result.user.id);
    const profile = await me(result.user.id);
    expect(profile.tenants).toEqual([
      { slug: "cafe-nandu-co", name: "Café Ñandú & Co", role: "owner" },
    ]);
  });

  it("refuses an e-mail that already has an account, and creates no tenant", async () => {
    const email = unique();
    await signup({ email, password, name: "Ben", tenantName: "First Shop" }, nextAddress());
    await expect(
      signup({ email, password, name: "Ben", tenantName: "Second Shop" }, nextAddress()),
    ).rejects.toMatchObject({
      status: 409,
      code: "email_taken",
    });
    const third = await signup(
      {
        email: unique(),
        password,
        name: "Cy",
        tenantName: "Second Shop",
      },
      nextAddress(),
    );
    expect(third.tenant.slug).toBe("second-shop");
  });

  it("gives a taken workspace name the next free slug", async () => {
    const a = await signup(
      { email: unique(), password, name: "A", tenantName: "Twins" },
      nextAddress(),
    );
    const b = await signup(
      { email: unique(), password, name: "B", tenantName: "twins" },
      nextAddress(),
    );
    expect([a.tenant.slug, b.tenant.slug]).toEqual(["twins", "twins-2"]);
  });

  it("keeps e-mails unique when two signups race", async () => {
    const email = unique();
    const results = await Promise.allSettled(
      ["One", "Two", "Three"].map((tenantName) =>
        signup({ email, password, name: "R", tenantName }, nextAddress()),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
});

describe("login", () => {
  it("signs in with the right password and lists the user's tenants", async () => {
    const email = unique();
    await signup({ email, password, name: "Dee", tenantName: "Dee's Deli" }, nextAddress());
    const result = await login({ email, password }, "10.0.0.1");
    expect(result.tenants).toEqual([{ slug: "dee-s-deli", name: "Dee's Deli", role: "owner" }]);
    expect((await verifyToken(result.token)).userId).toBe(result.user.id);
  });

  it("answers the same for a wrong password and an unknown e-mail", async () => {
    const email = unique();
    await signup({ email, password, name: "Eve", tenantName: "Eve Inc" }, nextAddress());
    const wrong = await login({ email, password: "nope-nope" }, "10.0.0.2").catch(
      (e: unknown) => e,
    );
    const unknown = await login({ email: unique(), password }, "10.0.0.2").catch((e: unknown) => e);
    expect(wrong).toMatchObject({ status: 401, code: "unauthorized" });
    expect(unknown).toMatchObject({
      status: 401,
      code: "unauthorized",
      message: (wrong as Error).message,
    });
  });

  it("refuses with 429 after 10 failed attempts for one e-mail, even with the right password", async () => {
    const email = unique();
    await signup({ email, password, name: "Fay", tenantName: "Fay Co" }, nextAddress());
    for (let i = 0; i < 10; i++) {
      await expect(login({ email, password: `wrong-${i}-x` }, `10.1.0.${i}`)).rejects.toMatchObject(
        { status: 401 },
      );
    }
    await expect(login({ email, password }, "10.1.1.1")).rejects.toMatchObject({
      status: 429,
      code: "rate_limited",
      retryAfterSeconds: expect.any(Number),
    });
  });
});

describe("tokens", () => {
  it("refuses expired, forged and malformed tokens", async () => {
    const expired = await issueToken("user-1", 0, -10);
    await expect(verifyToken(expired)).rejects.toMatchObject({
      status: 401,
      message: expect.stringMatching(/expired/),
    });
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("user-1")
      .setIssuer("helios")
      .setAudience("helios-api")
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode("not-the-secret-not-the-secret-123"));
    await expect(verifyToken(forged)).rejects.toMatchObject({ status: 401 });
    await expect(verifyToken("abc.def.ghi")).rejects.toMatchObject({ status: 401 });
    await expect(verifyToken(undefined)).rejects.toMatchObject({ status: 401 });
  });
});
