import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { newTenant, PASSWORD } from "../../packages/local/test/support/api";
import { createAgent, twilioSandboxNumber } from "../../packages/local/test/support/providers";
import { signIn } from "./session";
import { phoneSends as phoneSendsAs } from "./support/demo";
import { browserSuite } from "./support/suite";

const suite = browserSuite();

/**
 * A workspace of its own (other browser tests share the demo one) with a Twilio number of the
 * sandbox account. Without an agent no AI answers it: its conversations start with AI off.
 */
async function workspace(agent?: Record<string, unknown>) {
  const owner = await newTenant();
  const ai = agent ? { assignedAgentId: (await createAgent(owner, agent)).id, active: true } : {};
  const { address } = await twilioSandboxNumber(owner, { displayName: "Front desk", ...ai });
  return { owner, address };
}

/**
 * The page's tab can be sent to the background (`document.hidden`, which a headless browser never
 * changes by itself), and every desktop notification it shows is recorded as it is shown.
 */
const BACKGROUND_AND_RECORD_ALERTS = `
  let hidden = false;
  Object.defineProperty(Document.prototype, "hidden", { configurable: true, get: () => hidden });
  window.__setHidden = (value) => { hidden = value; };
  const Real = window.Notification;
  window.__alerts = [];
  class Recorded extends Real {
    constructor(title, options) {
      super(title, options);
      window.__alerts.push(this);
    }
  }
  Object.defineProperty(Recorded, "permission", { get: () => Real.permission });
  Recorded.requestPermission = () => Real.requestPermission();
  window.Notification = Recorded;
`;

/** The customer writes from the sandbox phone, as Nora. */
const phoneSends = (number: string, customer: string, text: string) =>
  phoneSendsAs(number, customer, text, "Nora Needs-Help");

const badge = (page: Page) => page.getByTestId("sidebar").getByTestId("notifications-badge");

describe("notifications in the browser", () => {
  it("a message to an AI-off conversation counts up the badge live; its link opens the chat and reads it; Mark all as read", async () => {
    const { owner, address } = await workspace();
    const customer = `whatsapp:+1555${String(Date.now()).slice(-7)}`;
    const page = await suite.signedIn(owner.email, PASSWORD, `/app/${owner.slug}/whatsapp`);
    await page.getByRole("heading", { name: "WhatsApp", level: 1 }).waitFor();
    expect(await badge(page).count()).toBe(0);

    await phoneSends(address, customer, "Hello, is anyone there?");
    await expect.poll(() => badge(page).textContent(), { timeout: 10_000 }).toBe("1 unread");

    await page
      .getByTestId("sidebar")
      .getByRole("link", { name: /Notifications/ })
      .click();
    const rows = page.getByTestId("notification");
    await rows.filter({ hasText: "Hello, is anyone there?" }).waitFor();

    // A second message updates the same notification in place: still one row, still one unread.
    await phoneSends(address, customer, "I need to change my booking");
    await rows.filter({ hasText: "I need to change my booking" }).waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getAttribute("data-read")).toBe("false");
    expect(await badge(page).textContent()).toBe("1 unread");

    await rows.first().getByRole("link").click();
    await page.waitForURL(/\/whatsapp\/(?!notifications)[^/]+$/);
    await page.getByTestId("message").filter({ hasText: "I need to change my booking" }).waitFor();
    await expect.poll(() => badge(page).count()).toBe(0);

    // While the chat is open, what arrives there is read there.
    await phoneSends(address, customer, "It is for tomorrow");
    await page.getByTestId("message").filter({ hasText: "It is for tomorrow" }).waitFor();
    await expect.poll(() => badge(page).count()).toBe(0);

    // Away from the chat, another message raises it again; "Mark all as read" clears it.
    await page
      .getByTestId("sidebar")
      .getByRole("link", { name: /WhatsApp/ })
      .click();
    await page.getByRole("heading", { name: "WhatsApp", level: 1 }).waitFor();
    await phoneSends(address, customer, "Thanks!");
    await expect.poll(() => badge(page).textContent(), { timeout: 10_000 }).toBe("1 unread");
    await page
      .getByTestId("sidebar")
      .getByRole("link", { name: /Notifications/ })
      .click();
    await rows.filter({ hasText: "Thanks!" }).waitFor();
    await page.getByRole("button", { name: "Mark all as read" }).click();
    await expect.poll(() => badge(page).count()).toBe(0);
    expect(await rows.first().getAttribute("data-read")).toBe("true");

    await page.reload();
    await rows.first().waitFor();
    expect(await rows.first().getAttribute("data-read")).toBe("true");
    expect(await badge(page).count()).toBe(0);
  });

  it("an opted-in user gets a desktop alert for an escalation while the tab is in the background; clicking it opens the chat", async () => {
    const { owner, address } = await workspace({
      escalation: { keywords: ["human"], handoffMessage: "A person will answer you soon." },
    });
    const customer = `whatsapp:+1556${String(Date.now()).slice(-7)}`;
    const page = await suite.newPage();
    await page.context().grantPermissions(["notifications"], { origin: inject("baseUrl") });
    await page.addInitScript(BACKGROUND_AND_RECORD_ALERTS);
    await signIn(page, owner.email, PASSWORD);
    await page.goto(`/app/${owner.slug}/whatsapp/notifications`);
    await page.getByRole("button", { name: "Desktop alerts for escalations" }).click();
    await page.getByRole("button", { name: "Turn off desktop alerts" }).waitFor();

    await page.evaluate("window.__setHidden(true)");
    await phoneSends(address, customer, "Can I talk to a human please?");
    await expect
      .poll(() => page.evaluate("window.__alerts.map((a) => a.title + ' | ' + a.body)"), {
        timeout: 15_000,
      })
      .toEqual(['Nora Needs-Help needs a person | The customer asked for a person ("human")']);
    await expect.poll(() => badge(page).textContent()).toBe("1 unread");

    await page.evaluate("window.__setHidden(false); window.__alerts[0].onclick()");
    await page.waitForURL(/\/whatsapp\/(?!notifications)[^/]+$/);
    await page.getByTestId("message").filter({ hasText: "talk to a human" }).waitFor();
    await page
      .getByTestId("sidebar")
      .getByRole("link", { name: /Notifications/ })
      .click();
    const escalation = page.getByTestId("notification").filter({ hasText: "needs a person" });
    await expect.poll(() => escalation.getAttribute("data-read")).toBe("true");
  });
});
