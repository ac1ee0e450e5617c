import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { api, newMember, newTenant, PASSWORD } from "../../packages/local/test/support/api";
import { linkIn, waitForMail } from "./mail";
import { signIn } from "./session";
import { browserSuite } from "./support/suite";

const suite = browserSuite();

/** The session token the page keeps (to check from outside that the server ended it). */
async function tokenOf(page: Page): Promise<string> {
  const raw = await page.evaluate(() => window.localStorage.getItem("helios.session"));
  return (JSON.parse(raw ?? "{}") as { token: string }).token;
}

async function meStatus(token: string): Promise<number> {
  return (await api("/api/me", { token })).status;
}

const NEW_PASSWORD = "a brand new password";
/** Several browsers and e-mails in one flow: more than the default on a busy machine. */
const LONG_FLOW = 90_000;

describe("accounts and sessions in the browser", () => {
  it(
    "forgot password: the e-mailed link sets a new password, signs in, and ends the old sessions; sign-out ends the new one on the server",
    async () => {
      const owner = await newTenant();
      const page = await suite.newPage();
      await page.goto("/login");
      await page.getByLabel("Email").fill(owner.email);
      await page.getByRole("link", { name: "Forgot password?" }).click();
      await page.waitForURL(/\/forgot-password$/);
      // The e-mail typed on the sign-in page comes along.
      expect(await page.getByLabel("Email").inputValue()).toBe(owner.email);
      await page.getByRole("button", { name: "Send reset link" }).click();
      await page.getByTestId("reset-requested").waitFor();
      expect(await page.getByTestId("reset-requested").textContent()).toContain(owner.email);

      const link = linkIn(await waitForMail(owner.email, /password/i), "/reset-password");
      await page.goto(link);
      await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel("Repeat the new password").fill("not the same password");
      await page.getByRole("button", { name: "Set new password" }).click();
      await page.getByText("The two passwords do not match").waitFor();
      await page.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
      await page.getByRole("button", { name: "Set new password" }).click();
      await page.waitForURL(new RegExp(`/app/${owner.slug}/whatsapp$`));
      await page.getByTestId("toast").filter({ hasText: "Your password was changed" }).waitFor();

      // The session from before the reset has ended; the old password no longer signs in.
      await expect.poll(() => meStatus(owner.token)).toBe(401);
      const oldLogin = await api("/api/auth/login", {
        body: { email: owner.email, password: PASSWORD },
      });
      expect(oldLogin.status).toBe(401);

      // The link is single-use.
      const reused = await suite.newPage();
      await reused.goto(link);
      await reused.getByLabel("New password", { exact: true }).fill("yet another password");
      await reused.getByLabel("Repeat the new password").fill("yet another password");
      await reused.getByRole("button", { name: "Set new password" }).click();
      await reused.getByRole("link", { name: "Send me a new link" }).waitFor();

      const token = await tokenOf(page);
      expect(await meStatus(token)).toBe(200);
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.waitForURL(/\/login$/);
      await expect.poll(() => meStatus(token)).toBe(401);

      await signIn(page, owner.email, NEW_PASSWORD);
      expect(new URL(page.url()).pathname).toBe(`/app/${owner.slug}/whatsapp`);
    },
    LONG_FLOW,
  );

  it(
    "the account page changes the password: this tab stays signed in, another device is signed out live",
    async () => {
      const owner = await newTenant();
      const laptop = await suite.newPage();
      const phone = await suite.newPage();
      await phone.setViewportSize({ width: 390, height: 844 });
      await signIn(laptop, owner.email, PASSWORD);
      await signIn(phone, owner.email, PASSWORD);
      await expect
        .poll(() => phone.getByTestId("realtime-status").getAttribute("data-state"))
        .toBe("connected");

      await laptop.getByRole("link", { name: "Your account" }).click();
      await laptop.getByRole("heading", { name: "Your account", level: 1 }).waitFor();
      expect(await laptop.getByTestId("email-section").textContent()).toContain("Not verified");
      const form = laptop.getByRole("form", { name: "Change password" });
      await form.getByLabel("Current password").fill("not my password");
      await form.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
      await form.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
      await form.getByRole("button", { name: "Change password" }).click();
      await form.getByText("The current password is not correct").waitFor();
      expect(await form.getByLabel("Current password").getAttribute("aria-invalid")).toBe("true");
      await form.getByLabel("Current password").fill(PASSWORD);
      await form.getByRole("button", { name: "Change password" }).click();
      await laptop.getByTestId("toast").filter({ hasText: "Password changed" }).waitFor();

      // This tab carries on with its fresh session; the phone, left open on the inbox, is sent to
      // sign in at once (its live connection was closed, and its session refuses a new ticket).
      await laptop.getByRole("link", { name: "Members" }).click();
      await laptop.getByTestId("member-row").first().waitFor();
      await phone.waitForURL(/\/login/, { timeout: 15_000 });
      expect(await phone.getByTestId("login-notice").textContent()).toContain(
        "Your session has ended",
      );
      // No horizontal scroll on a phone.
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      await signIn(phone, owner.email, NEW_PASSWORD);
    },
    LONG_FLOW,
  );

  it(
    "sign out everywhere ends this browser's session and another device's, live",
    async () => {
      const owner = await newTenant();
      const laptop = await suite.newPage();
      const phone = await suite.newPage();
      await signIn(laptop, owner.email, PASSWORD);
      await signIn(phone, owner.email, PASSWORD);
      await expect
        .poll(() => phone.getByTestId("realtime-status").getAttribute("data-state"))
        .toBe("connected");
      const phoneToken = await tokenOf(phone);

      await laptop.getByRole("link", { name: "Your account" }).click();
      await laptop.getByRole("button", { name: "Sign out everywhere" }).click();
      await laptop
        .getByRole("dialog", { name: "Sign out everywhere?" })
        .getByRole("button", { name: "Sign out everywhere" })
        .click();
      await laptop.waitForURL(/\/login$/);
      expect(await laptop.getByTestId("login-notice").textContent()).toContain(
        "signed out on every device",
      );
      await expect.poll(() => meStatus(phoneToken)).toBe(401);
      await phone.waitForURL(/\/login/, { timeout: 15_000 });
    },
    LONG_FLOW,
  );

  it(
    "a new account is asked to verify its e-mail; the link from the e-mail verifies it and the banner goes away",
    async () => {
      const owner = await newTenant();
      const page = await suite.signedIn(owner.email, PASSWORD);
      const banner = page.getByTestId("verify-email-banner");
      await banner.waitFor();
      expect(await banner.textContent()).toContain(owner.email);
      await banner.getByRole("button", { name: "Send the e-mail again" }).click();
      await page.getByTestId("toast").filter({ hasText: "Verification e-mail sent" }).waitFor();

      const link = linkIn(await waitForMail(owner.email, /confirm your e-mail/i), "/verify-email/");
      await page.goto(link);
      await page.getByTestId("email-verified").waitFor();
      expect(await page.getByTestId("email-verified").textContent()).toContain(owner.email);
      await page.getByRole("link", { name: "Continue to Helios" }).click();
      await page.waitForURL(new RegExp(`/app/${owner.slug}/whatsapp$`));
      await page.getByRole("heading", { name: "WhatsApp", level: 1 }).waitFor();
      expect(await banner.count()).toBe(0);

      // The link was single-use.
      await page.goto(link);
      await page.getByRole("heading", { name: "This link no longer works" }).waitFor();
    },
    LONG_FLOW,
  );

  it(
    "a member demoted while the app is open gets the new role live; removed, they see that their access ended",
    async () => {
      const owner = await newTenant();
      const admin = await newMember(owner, "admin");
      const page = await suite.newPage();
      const sockets: string[] = [];
      page.on("websocket", (socket) => sockets.push(socket.url()));
      await signIn(page, admin.email, PASSWORD);
      await page.goto(`/app/${owner.slug}/members`);
      await page.getByRole("button", { name: "Invite member" }).waitFor();
      await expect
        .poll(() => page.getByTestId("realtime-status").getAttribute("data-state"))
        .toBe("connected");
      // The socket connected with a ticket: the session token is in no WebSocket URL.
      const token = await tokenOf(page);
      expect(sockets.length).toBeGreaterThan(0);
      for (const url of sockets) {
        expect(new URL(url).searchParams.has("ticket")).toBe(true);
        expect(url).not.toContain(token);
      }

      const demoted = await api(`/api/t/${owner.slug}/members/${admin.userId}`, {
        method: "PATCH",
        token: owner.token,
        body: { role: "agent" },
      });
      expect(demoted.status).toBe(200);
      await page
        .getByTestId("toast")
        .filter({ hasText: "is now Agent" })
        .waitFor({ timeout: 15_000 });
      await page
        .getByRole("heading", { name: "Members are managed by owners and admins" })
        .waitFor();
      expect(await page.getByRole("button", { name: "Invite member" }).count()).toBe(0);
      await expect
        .poll(() => page.getByTestId("realtime-status").getAttribute("data-state"))
        .toBe("connected");

      const removed = await api(`/api/t/${owner.slug}/members/${admin.userId}`, {
        method: "DELETE",
        token: owner.token,
      });
      expect(removed.status).toBeLessThan(300);
      await page.getByTestId("access-ended").waitFor({ timeout: 15_000 });
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
        "Your access to this workspace ended",
      );
    },
    LONG_FLOW,
  );
});
