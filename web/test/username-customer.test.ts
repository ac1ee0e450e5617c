import { describe, expect, it } from "vitest";
import { newTenant, PASSWORD } from "../../packages/local/test/support/api";
import {
  messagesOf,
  newWamid,
  signedMetaNumber,
} from "../../packages/local/test/support/meta-webhooks";
import { signIn } from "./session";
import { browserSuite } from "./support/suite";

const suite = browserSuite();

describe("a customer without a phone number, in the inbox and the chat", () => {
  it("shows their name and username (never a raw user id) and WhatsApp's system lines as a centered line", async () => {
    const tenant = await newTenant();
    const meta = await signedMetaNumber(tenant);
    let at = Math.floor(Date.now() / 1000) - 120;
    const fresh = (payload: Parameters<typeof messagesOf>[0]) => {
      for (const message of messagesOf(payload)) {
        message.id = newWamid();
        message.timestamp = String(at++);
      }
    };
    expect((await meta.postFixture("username-message", fresh)).status).toBe(200);
    expect(
      (
        await meta.postFixture("system-user-changed-user-id", (payload) => {
          fresh(payload);
        })
      ).status,
    ).toBe(200);

    const page = await suite.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, tenant.email, PASSWORD);
    await page.goto(`/app/${tenant.slug}/whatsapp`);
    const row = page.getByTestId("conversation-row").filter({ hasText: "Sheena Nelson" });
    await row.waitFor();
    expect(await row.textContent()).toContain("@sheena.nelson");
    expect(await row.textContent()).not.toContain("US.1349");

    await row.getByRole("link", { name: /View Chat/ }).click();
    await expect
      .poll(() => page.getByTestId("customer-number").textContent())
      .toBe("@sheena.nelson");
    const line = page.locator('[data-testid="message"][data-kind="system"]');
    await line.waitFor();
    expect(await line.getByRole("note").textContent()).toBe(
      "User's business-scoped user ID changed",
    );
    // A phone-sized screen scrolls only vertically.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});
