import { describe, expect, it } from "vitest";
import { api, newTenant, PASSWORD } from "../../packages/local/test/support/api";
import { twilioNumber } from "../../packages/local/test/support/providers";
import {
  newMessageSid,
  postTwilio,
  twilioFixture,
} from "../../packages/local/test/support/twilio-webhooks";
import { browserForFile } from "./browser";
import { newPage, signIn } from "./session";

const browser = browserForFile();

interface ContactJson {
  id: string;
  name: string;
  attributes: Record<string, string>;
  conversationIds: string[];
}

describe("contacts in the browser", () => {
  it("finds a customer by name, renames them, edits their attributes and opens their conversation", async () => {
    const owner = await newTenant();
    const { numberId, authToken } = await twilioNumber(owner);
    const write = (from: string, name: string) =>
      postTwilio(
        `/webhooks/twilio/${numberId}`,
        twilioFixture("inbound-text", {
          MessageSid: newMessageSid(),
          From: `whatsapp:${from}`,
          WaId: from.slice(1),
          ProfileName: name,
          Body: `Hello from ${name}`,
        }),
        authToken,
      );
    await write("+14155550171", "Casey Quinn");
    await write("+14155550172", "Dana Other");
    const contacts = async (q = "") =>
      (
        await api(`/api/t/${owner.slug}/contacts${q ? `?q=${encodeURIComponent(q)}` : ""}`, {
          token: owner.token,
        })
      ).body.items as ContactJson[];
    // Contacts are indexed off the webhook's path: wait for both.
    await expect.poll(async () => (await contacts()).length, { timeout: 15_000 }).toBe(2);

    const page = await newPage(browser());
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, owner.email, PASSWORD);
    await page.goto(`/app/${owner.slug}/contacts`);
    const rows = page.getByTestId("contact-row");
    await expect.poll(() => rows.count()).toBe(2);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);

    await page.getByLabel("Search contacts").fill("casey");
    await expect.poll(() => rows.count()).toBe(1);
    await rows.filter({ hasText: "Casey Quinn" }).filter({ hasText: "+14155550171" }).waitFor();
    await page.getByLabel("Search contacts").fill("nobody-like-this");
    await page.getByText("No contacts match").waitFor();
    await page.getByLabel("Search contacts").fill("Casey");
    await rows.filter({ hasText: "1 conversation" }).click();

    const dialog = page.getByTestId("contact-dialog");
    await dialog.getByLabel("Name").fill("Casey Jones");
    await dialog.getByRole("button", { name: "Add attribute" }).click();
    await dialog.getByLabel("Attribute 1 name").fill("Plan");
    await dialog.getByLabel("Attribute 1 value").fill("Pro");
    await dialog.getByRole("button", { name: "Add attribute" }).click();
    await dialog.getByLabel("Attribute 2 name").fill("City");
    await dialog.getByLabel("Attribute 2 value").fill("Lisbon");
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await dialog.getByRole("button", { name: "Save contact" }).click();
    await page.getByRole("status").filter({ hasText: "Casey Jones saved" }).first().waitFor();
    const [casey] = await contacts("casey");
    expect(casey).toMatchObject({
      name: "Casey Jones",
      attributes: { Plan: "Pro", City: "Lisbon" },
    });

    // Removing one attribute replaces the set.
    await rows.filter({ hasText: "Casey Jones" }).click();
    await dialog.getByRole("button", { name: "Remove attribute City" }).click();
    await dialog.getByRole("button", { name: "Save contact" }).click();
    await dialog.waitFor({ state: "detached" });
    expect((await contacts("casey"))[0]?.attributes).toEqual({ Plan: "Pro" });

    await rows.filter({ hasText: "Casey Jones" }).click();
    await dialog.getByTestId("contact-conversations").getByRole("link").first().click();
    await page.waitForURL(new RegExp(`/app/${owner.slug}/whatsapp/${casey?.conversationIds[0]}$`));
  });
});
