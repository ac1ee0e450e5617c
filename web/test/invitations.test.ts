import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { api, newTenant, PASSWORD, uniqueEmail } from "../../packages/local/test/support/api";
import { linkIn, waitForMail } from "./mail";
import { browserSuite } from "./support/suite";

const suite = browserSuite();
/** Several browsers and e-mails in one flow: more than the default on a busy machine. */
const LONG_FLOW = 90_000;
const shopName = (name: string) => `${name} ${randomUUID().slice(0, 4)}`;

async function tokenOf(page: Page): Promise<string> {
  const raw = await page.evaluate(() => window.localStorage.getItem("helios.session"));
  return (JSON.parse(raw ?? "{}") as { token: string }).token;
}

/** Proves the mailbox of a fresh signup through its verification e-mail (as its link would). */
async function verifyByMail(email: string) {
  const mail = await waitForMail(email, /confirm your e-mail/i);
  const token = linkIn(mail, "/verify-email")
    .split("/")
    .pop()
    ?.replace(/^\?token=/, "");
  const verified = await api("/api/auth/verify-email", { body: { token } });
  expect(verified.status).toBe(200);
}

describe("invitations in the browser", () => {
  it(
    "the owner invites a teammate, the invitation e-mail's link creates their account and opens the workspace's inbox",
    async () => {
      const workspace = shopName("Invite Co");
      const owner = await newTenant(workspace);
      const teammate = uniqueEmail("teammate");
      const page = await suite.signedIn(owner.email, PASSWORD, `/app/${owner.slug}/members`);
      await page.getByTestId("no-invitations").waitFor();

      await page.getByRole("button", { name: "Invite member" }).click();
      const dialog = page.getByRole("dialog", { name: "Invite member" });
      await dialog.getByLabel("Email").fill(teammate);
      await dialog.getByLabel("Role").selectOption("admin");
      await dialog.getByRole("button", { name: "Send invitation" }).click();

      const created = page.getByRole("dialog", { name: "Invitation sent" });
      const shownUrl = await created.getByTestId("invitation-url").locator("input").inputValue();
      expect(shownUrl).toMatch(/\/invite\/[\w-]{16,}$/);
      await page
        .getByTestId("toast")
        .filter({ hasText: `Invitation sent to ${teammate}` })
        .waitFor();
      await created.getByRole("button", { name: "Done" }).click();

      const row = page.getByTestId("invitation-row").filter({ hasText: teammate });
      await row.waitFor();
      expect(await row.textContent()).toContain("Invited by Owner");
      expect(await row.getByTestId("role-badge").textContent()).toBe("Admin");

      // The e-mail carries the same link the dialog showed once.
      const mail = await waitForMail(teammate, /invit/i);
      const link = linkIn(mail, "/invite/");
      expect(new URL(shownUrl).pathname).toBe(link);

      const invitee = await suite.newPage();
      await invitee.goto(link);
      await invitee.getByRole("heading", { name: `Join ${workspace}` }).waitFor();
      const summary = await invitee.getByTestId("invitation-summary").textContent();
      expect(summary).toContain(`Owner invited ${teammate}`);
      expect(summary).toContain("as Admin");
      await invitee.getByLabel("Your name").fill("Tess Teammate");
      await invitee.getByLabel("Choose a password").fill(PASSWORD);
      await invitee.getByRole("button", { name: "Create account and join" }).click();
      await invitee.waitForURL(new RegExp(`/app/${owner.slug}/whatsapp$`));
      await invitee.getByRole("heading", { name: "WhatsApp", level: 1 }).waitFor();
      expect(await invitee.getByTestId("tenant-name").textContent()).toBe(workspace);

      // One use: the link now says so, in any browser.
      const again = await suite.newPage();
      await again.goto(link);
      await again.getByRole("heading", { name: "This invitation is no longer valid" }).waitFor();

      await page.reload();
      await page.getByTestId("member-row").filter({ hasText: "Tess Teammate" }).waitFor();
      await page.getByTestId("no-invitations").waitFor();
    },
    LONG_FLOW,
  );

  it(
    "adding someone who has an account offers the invitation instead; signed in as them, Accept opens the workspace",
    async () => {
      const workspace = shopName("Consent Co");
      const owner = await newTenant(workspace);
      const someone = await newTenant("Their Own Shop");
      await verifyByMail(someone.email);
      const page = await suite.signedIn(owner.email, PASSWORD, `/app/${owner.slug}/members`);

      await page.getByRole("button", { name: "Add member" }).click();
      const add = page.getByRole("dialog", { name: "Add member" });
      await add.getByLabel("Email").fill(someone.email);
      await add.getByLabel("Name").fill("Some One");
      await add.getByLabel("Initial password").fill("an owner-chosen password");
      await add.getByRole("button", { name: "Add member" }).click();
      await add.getByText("already has a Helios account").waitFor();
      await add.getByRole("button", { name: `Invite ${someone.email} instead` }).click();

      const invite = page.getByRole("dialog", { name: "Invite member" });
      expect(await invite.getByLabel("Email").inputValue()).toBe(someone.email);
      await invite.getByRole("button", { name: "Send invitation" }).click();
      await page.getByRole("dialog", { name: "Invitation sent" }).waitFor();
      await page.getByRole("button", { name: "Done" }).click();
      const link = linkIn(await waitForMail(someone.email, /invit/i), "/invite/");

      const them = await suite.signedIn(someone.email, PASSWORD, link);
      await them.getByRole("heading", { name: `Join ${workspace}` }).waitFor();
      await them.getByRole("button", { name: "Accept invitation" }).click();
      await them.waitForURL(new RegExp(`/app/${owner.slug}/whatsapp$`));
      // Both workspaces are theirs now: the switcher offers them.
      await them.getByTestId("tenant-switcher").waitFor();

      // The last-used workspace is remembered per user, by the server: a new browser opens it.
      const opensIn = async (slug: string) => {
        // Recorded when the page opens the workspace's live connection.
        await expect
          .poll(async () => (await api("/api/me", { token: await tokenOf(them) })).body.lastTenant)
          .toBe(slug);
        const elsewhere = await suite.signedIn(someone.email, PASSWORD);
        expect(new URL(elsewhere.url()).pathname).toBe(`/app/${slug}/whatsapp`);
        await elsewhere.context().close();
      };
      await opensIn(owner.slug);
      await them.getByTestId("tenant-switcher").selectOption(someone.slug);
      await them.waitForURL(new RegExp(`/app/${someone.slug}/whatsapp$`));
      await opensIn(someone.slug);
    },
    LONG_FLOW,
  );

  it(
    "a revoked invitation leaves the pending list and its link stops working",
    async () => {
      const owner = await newTenant();
      const page = await suite.signedIn(owner.email, PASSWORD);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/app/${owner.slug}/members`);
      const late = uniqueEmail("late");
      // By keyboard alone: the dialog opens on its e-mail field and Enter sends.
      await page.getByRole("button", { name: "Invite member" }).focus();
      await page.keyboard.press("Enter");
      await page.getByRole("dialog", { name: "Invite member" }).waitFor();
      await page.keyboard.type(late);
      await page.keyboard.press("Enter");
      await page.getByRole("button", { name: "Done" }).click();
      const lateLink = linkIn(await waitForMail(late, /invit/i), "/invite/");
      const row = page.getByTestId("invitation-row").filter({ hasText: late });
      await row.waitFor();
      // A phone shows the list without scrolling sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      await row.getByRole("button", { name: `Revoke the invitation for ${late}` }).click();
      await page
        .getByRole("dialog", { name: `Revoke the invitation for ${late}?` })
        .getByRole("button", { name: "Revoke invitation" })
        .click();
      await row.waitFor({ state: "detached" });
      await page
        .getByTestId("toast")
        .filter({ hasText: `Invitation for ${late} revoked` })
        .waitFor();

      const stranger = await suite.newPage();
      await stranger.goto(lateLink);
      await stranger.getByRole("heading", { name: "This invitation is no longer valid" }).waitFor();
    },
    LONG_FLOW,
  );
});
