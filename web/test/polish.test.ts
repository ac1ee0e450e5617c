import { describe, expect, it } from "vitest";
import { newTenant, PASSWORD } from "../../packages/local/test/support/api";
import { twilioSandboxNumber } from "../../packages/local/test/support/providers";
import { phoneSends } from "./support/demo";
import { browserSuite } from "./support/suite";

const suite = browserSuite();

describe("shell polish in the browser", () => {
  it("the tab's title names the page and the workspace, and counts unread notifications live", async () => {
    const owner = await newTenant("Title Shop");
    const { address } = await twilioSandboxNumber(owner, { displayName: "Front desk" });
    const page = await suite.signedIn(owner.email, PASSWORD, `/app/${owner.slug}/agents`);
    await expect.poll(() => page.title()).toBe("AI Agents · Title Shop — Helios");
    // Live: the socket is connected before the customer writes.
    await expect
      .poll(() => page.getByTestId("realtime-status").getAttribute("data-state"))
      .toBe("connected");

    // No agent answers this number: the customer's message is for people, a notification.
    await phoneSends(
      address,
      `whatsapp:+1555${String(Date.now()).slice(-7)}`,
      "Anyone there?",
      "Tara Title",
    );
    await expect
      .poll(() => page.title(), { timeout: 15_000 })
      .toBe("(1) AI Agents · Title Shop — Helios");

    await page
      .getByRole("link", { name: /Notifications/ })
      .first()
      .click();
    await page.getByRole("button", { name: "Mark all as read" }).click();
    await expect.poll(() => page.title()).toBe("Notifications · Title Shop — Helios");
  });

  it("a long dialog keeps its buttons on screen at 390 × 560, its body scrolling", async () => {
    const owner = await newTenant();
    const page = await suite.newPage();
    await page.setViewportSize({ width: 390, height: 560 });
    await page.goto("/login");
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/app\//);
    await page.goto(`/app/${owner.slug}/agents`);
    await page.getByRole("button", { name: "Create your first agent" }).click();
    const dialog = page.getByTestId("agent-dialog");
    const submit = dialog.getByRole("button", { name: "Create agent" });
    await submit.waitFor();
    const inViewport = async () => {
      const box = await submit.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 560;
    };
    expect(await inViewport()).toBe(true);
    // The form is longer than the screen: its body scrolls, the buttons stay.
    const body = dialog.locator("[data-dialog-body]");
    expect(await body.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await body.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    expect(await inViewport()).toBe(true);
    await dialog.getByLabel("Name").fill("Small screen agent");
    await submit.click();
    await page.getByRole("article", { name: "Small screen agent" }).waitFor();
    await page.getByRole("status").filter({ hasText: "Small screen agent was created." }).waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
  });
});
