/**
 * The app works under the security headers it is served with (the same on CloudFront and in the
 * local cloud): signing in, the live inbox over the WebSocket, a chat with a photo (a blob: URL)
 * and a reply, with no Content-Security-Policy violation on the way.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoPassword, signIn } from "./session";
import { phoneToDemoNumber } from "./support/demo";
import { browserSuite } from "./support/suite";

const suite = browserSuite();

/** Every CSP violation the page reports, from the document's own event. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []);
}

describe("the web app under its Content-Security-Policy", () => {
  it("signs in, goes live over the WebSocket, shows a photo and sends, with no violation", async () => {
    const inbox = await suite.newPage();
    const violations = await watchCsp(inbox);
    const socket = inbox.waitForEvent("websocket", (ws) => new URL(ws.url()).pathname === "/ws");
    await signIn(inbox, "owner@demo.helios.local", demoPassword());
    const ws = await socket;
    expect(ws.isClosed()).toBe(false);

    const customer = `whatsapp:+1555${String(Date.now()).slice(-7)}`;
    const phone = await suite.newPage();
    await phoneToDemoNumber(phone, "Cora Csp", customer);
    await phone.getByText("Photo or location").click();
    await phone.getByLabel("Message").fill("A photo under the policy");
    await phone.getByRole("button", { name: "Send photo" }).click();

    await inbox.goto("/app/demo/whatsapp");
    const row = inbox.getByTestId("conversation-row").filter({ hasText: "Cora Csp" });
    await row.waitFor({ timeout: 15_000 });
    await row.getByRole("link", { name: "View Chat" }).click();
    const photo = inbox
      .locator('[data-testid="message"][data-direction="inbound"]')
      .filter({ hasText: "A photo under the policy" })
      .locator("img");
    await photo.waitFor();
    await expect
      .poll(() => photo.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);

    await inbox.getByLabel("Message").fill("Seen it, thanks");
    await inbox.getByLabel("Message").press("Enter");
    await inbox
      .locator('[data-testid="message"][data-direction="outbound"]')
      .filter({ hasText: "Seen it, thanks" })
      .waitFor();

    expect(await violations()).toEqual([]);
  });
});
