import { describe, expect, it } from "vitest";
import { phoneToDemoNumber } from "./support/demo";
import { browserSuite } from "./support/suite";

const suite = browserSuite();

describe("a live conversation between the sandbox phone and the chat", () => {
  it("the customer writes, the chat shows it live, the reply reaches the phone and its ticks reach read", async () => {
    const customer = `whatsapp:+1555${String(Date.now()).slice(-7)}`;
    const words = `Hello from the phone ${Date.now()}`;

    const phone = await suite.newPage();
    await phoneToDemoNumber(phone, "Paula Phone", customer);
    await phone.getByLabel("Message").fill(words);
    await phone.getByRole("button", { name: "Send", exact: true }).click();

    const inbox = await suite.demoOwner();
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
