import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";
import { demoPassword, newPage, signIn } from "./session";

let browser: Browser;

async function demoNumberAddress(): Promise<string> {
  const post = await fetch(`${inject("baseUrl")}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "owner@demo.helios.local", password: demoPassword() }),
  });
  const { token } = (await post.json()) as { token: string };
  const numbers = await fetch(`${inject("baseUrl")}/api/t/demo/whatsapp/numbers`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const { items } = (await numbers.json()) as { items: { address?: string }[] };
  const address = items[0]?.address;
  if (!address) throw new Error("the demo tenant has no Twilio number");
  return address;
}
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("a live conversation between the sandbox phone and the chat", () => {
  it("the customer writes, the chat shows it live, the reply reaches the phone and its ticks reach read", async () => {
    const customer = `whatsapp:+1555${String(Date.now()).slice(-7)}`;
    const words = `Hello from the phone ${Date.now()}`;

    const phone = await newPage(browser);
    await phone.goto("/sandbox/phone");
    await phone.getByLabel("Your name").fill("Paula Phone");
    await phone.getByLabel("Your number").fill(customer);
    const numberSelect = phone.getByLabel("Helios number");
    // The demo tenant's number: other tests add numbers of their own to the phone's list.
    const demoAddress = await demoNumberAddress();
    await expect
      .poll(() => numberSelect.locator(`option[value="${demoAddress}"]`).count(), {
        timeout: 10_000,
      })
      .toBe(1);
    await numberSelect.selectOption(demoAddress);
    await phone.getByLabel("Message").fill(words);
    await phone.getByRole("button", { name: "Send", exact: true }).click();

    const inbox = await newPage(browser);
    await signIn(inbox, "owner@demo.helios.local", demoPassword());
    await inbox.goto("/app/demo/whatsapp");
    const row = inbox.getByTestId("conversation-row").filter({ hasText: "Paula Phone" });
    await row.waitFor();
    await row.getByRole("link", { name: "View Chat" }).click();
    // The demo agent may answer too (quoting the customer): look at the customer's own bubbles.
    const fromCustomer = inbox.locator('[data-testid="message"][data-direction="inbound"]');
    await fromCustomer.filter({ hasText: words }).waitFor();

    // A second message arrives while the chat is open: it appears without a reload.
    await phone.getByLabel("Message").fill("Are you there?");
    await phone.getByRole("button", { name: "Send", exact: true }).click();
    await fromCustomer.filter({ hasText: "Are you there?" }).waitFor();

    // A photo: the chat shows it, its bytes fetched through Helios with the session's token.
    await phone.getByText("Photo or location").click();
    await phone.getByLabel("Message").fill("It arrived like this");
    await phone.getByRole("button", { name: "Send photo" }).click();
    const photo = fromCustomer.filter({ hasText: "It arrived like this" }).locator("img");
    await photo.waitFor();
    expect(await photo.getAttribute("src")).toMatch(/^blob:/);
    await expect
      .poll(() => photo.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);

    await inbox.getByLabel("Message").fill("Yes! How can I help?");
    await inbox.getByLabel("Message").press("Enter");
    const reply = inbox
      .locator('[data-testid="message"][data-direction="outbound"]')
      .filter({ hasText: "How can I help?" });
    await reply.waitFor();

    const received = phone
      .locator('[data-testid="phone-message"]')
      .filter({ hasText: "How can I help?" });
    await received.waitFor({ timeout: 15_000 });
    await expect
      .poll(() => reply.getAttribute("data-status"), { timeout: 15_000, interval: 250 })
      .toBe("read");
  });
});
