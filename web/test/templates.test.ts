import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newTenant, PASSWORD, type TestTenant } from "../../packages/local/test/support/api";
import { conversationWith } from "../../packages/local/test/support/conversations";
import { randomAddress } from "../../packages/local/test/support/providers";
import { metaConversationWithClosedWindow } from "../../packages/local/test/support/templates";
import { launchBrowser } from "./browser";
import { newPage, signIn } from "./session";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

async function signedIn(tenant: TestTenant, viewport: (typeof VIEWPORTS)[number]) {
  const page = await newPage(browser);
  await page.setViewportSize({ width: viewport.width, height: viewport.height });
  await signIn(page, tenant.email, PASSWORD);
  return page;
}

const noSideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe("templates in the chat", () => {
  for (const viewport of VIEWPORTS) {
    it(`${viewport.name}: with the window closed the picker replaces the composer; the preview fills as typed`, async () => {
      const tenant = await newTenant();
      const setup = await metaConversationWithClosedWindow(tenant);
      const page = await signedIn(tenant, viewport);
      await page.goto(`/app/${tenant.slug}/whatsapp/${setup.conversationId}`);

      const picker = page.getByTestId("template-composer");
      await picker.waitFor();
      expect(await page.getByLabel("Message", { exact: true }).count()).toBe(0);
      const select = picker.getByTestId("template-select");
      await expect.poll(() => select.inputValue()).not.toBe("");
      // Pending and rejected ones are listed, but cannot be chosen.
      const pendingOption = select.locator("option", { hasText: "spring_sale" });
      expect(await pendingOption.isDisabled()).toBe(true);
      expect(await pendingOption.textContent()).toContain("Waiting for approval");
      expect(await select.locator("option", { hasText: "loyalty_offer" }).isDisabled()).toBe(true);

      // {{1}} greets the customer: it starts as their name; {{2}} is required.
      await select.selectOption({ label: "order_update (en)" });
      const first = picker.getByTestId("template-variable-1");
      expect(await first.inputValue()).toBe("Sheena Nelson");
      const preview = picker.getByTestId("template-preview");
      expect(await preview.textContent()).toBe(
        "Hi Sheena Nelson, your order {{2}} is on its way. Reply here if you have any questions.",
      );
      await picker.getByTestId("template-send").click();
      await picker.getByText("Fill in this variable").waitFor();

      await picker.getByTestId("template-variable-2").fill("#1042");
      expect(await preview.textContent()).toBe(
        "Hi Sheena Nelson, your order #1042 is on its way. Reply here if you have any questions.",
      );
      await picker.getByTestId("template-send").click();
      await page.getByText("Template sent").waitFor();
      await page
        .locator('[data-testid="message"]')
        .filter({ hasText: "your order #1042 is on its way" })
        .waitFor();
      expect(await noSideScroll(page)).toBe(true);
    });
  }

  it("inside the window the composer opens the picker and goes back to free text", async () => {
    const tenant = await newTenant();
    const { conversationId } = await conversationWith(tenant, randomAddress());
    const page = await signedIn(tenant, VIEWPORTS[0]);
    await page.goto(`/app/${tenant.slug}/whatsapp/${conversationId}`);
    await page.getByTestId("composer-templates").click();
    const picker = page.getByTestId("template-composer");
    await picker.getByTestId("template-preview").waitFor();
    await picker.getByRole("button", { name: "Back to writing a message" }).click();
    await page.getByLabel("Message", { exact: true }).waitFor();
  });
});

describe("New conversation", () => {
  for (const viewport of VIEWPORTS) {
    it(`${viewport.name}: a phone number and a template open a conversation with the message queued`, async () => {
      const tenant = await newTenant();
      await conversationWith(tenant, randomAddress());
      const page = await signedIn(tenant, viewport);
      await page.goto(`/app/${tenant.slug}/whatsapp`);
      await page.getByTestId("new-conversation").click();
      const dialog = page.getByTestId("new-conversation-dialog");
      await dialog.waitFor();

      const to = dialog.getByTestId("new-conversation-to");
      await to.fill("+1 415");
      await to.blur();
      await dialog.getByText("Use + and the country code").waitFor();
      const phone = randomAddress().replace("whatsapp:", "");
      await to.fill(phone);
      await expect.poll(() => dialog.getByText("Use + and the country code").count()).toBe(0);

      const select = dialog.getByTestId("template-select");
      await expect.poll(() => select.inputValue()).not.toBe("");
      await select.selectOption({ label: "follow_up (en)" });
      await dialog.getByTestId("template-variable-1").fill("Ana");
      expect(await dialog.getByTestId("template-preview").textContent()).toContain("Hi Ana,");
      expect(await noSideScroll(page)).toBe(true);
      await dialog.getByTestId("template-send").click();

      await page.waitForURL(new RegExp(`/app/${tenant.slug}/whatsapp/[^/]+$`));
      await page.getByText("the conversation is open").waitFor();
      await page
        .locator('[data-testid="message"]')
        .filter({ hasText: "Hi Ana, we have an update on your request" })
        .waitFor();
    });
  }
});
