import { describe, expect, it } from "vitest";
import { aiNumber, customerOf, POLL } from "../../packages/local/test/support/ai";
import { api, newTenant, PASSWORD } from "../../packages/local/test/support/api";
import { newMarker, scriptModel } from "../../packages/local/test/support/model";
import { browserSuite } from "./support/suite";

const suite = browserSuite();

describe("the AI hands over to people in the chat", () => {
  it("replying as a person stops the AI and the chat says so; the switch turns it back on", async () => {
    const owner = await newTenant();
    const customer = customerOf(await aiNumber(owner));
    await customer.sayAndAwaitAi("Hello, do you have the lamp in blue?");
    const { id } = await customer.conversation();

    const page = await suite.signedIn(owner.email, PASSWORD, `/app/${owner.slug}/whatsapp/${id}`);
    const aiSwitch = page.getByRole("switch", { name: "AI Active" });
    await aiSwitch.waitFor();
    expect(await aiSwitch.isChecked()).toBe(true);

    await page.getByLabel("Message").fill("Yes! I'll check the stock for you.");
    await page.getByLabel("Message").press("Enter");
    const line = page.getByTestId("event-line").filter({ hasText: "AI paused — Owner replied" });
    await line.waitFor({ timeout: 15_000 });
    await expect.poll(() => aiSwitch.isChecked(), { timeout: 15_000, interval: 200 }).toBe(false);

    await aiSwitch.click();
    await page
      .getByTestId("event-line")
      .filter({ hasText: "AI resumed by Owner" })
      .waitFor({ timeout: 15_000 });
    expect(await aiSwitch.isChecked()).toBe(true);
  });

  it("an escalated chat says why in its header and as a line; a reply clears it", async () => {
    const owner = await newTenant();
    const customer = customerOf(
      await aiNumber(owner, { escalation: { keywords: ["human"], handoffMessage: "One moment." } }),
    );
    await customer.say("I want to talk to a human");
    await expect.poll(async () => (await customer.conversation()).escalated, POLL).toBe(true);
    const { id } = await customer.conversation();

    const page = await suite.signedIn(owner.email, PASSWORD);
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`/app/${owner.slug}/whatsapp/${id}`);
    const reason = page.getByTestId("escalation-reason");
    await reason.waitFor();
    expect(await reason.textContent()).toContain('The customer asked for a person ("human")');
    await page
      .getByTestId("event-line")
      .filter({ hasText: 'Escalated — The customer asked for a person ("human")' })
      .waitFor();
    // Phone-sized: nothing scrolls sideways.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);

    await page.getByLabel("Message").fill("Hi, I'm here to help.");
    await page.getByLabel("Message").press("Enter");
    await expect.poll(() => reason.count(), { timeout: 15_000, interval: 200 }).toBe(0);
    expect(await page.getByText("Escalated", { exact: true }).count()).toBe(0);
  });

  it("the agent form offers the deployment's models and the typing indicator", async () => {
    const owner = await newTenant();
    const page = await suite.signedIn(owner.email, PASSWORD, `/app/${owner.slug}/agents`);
    await page
      .getByRole("button", { name: /new agent/i })
      .first()
      .click();
    const dialog = page.getByTestId("agent-dialog");
    await dialog.getByLabel("Name").fill("Nora");
    const model = dialog.getByLabel("Model");
    expect(await model.locator("option").allTextContents()).toEqual([
      "Default model (sandbox-model)",
      "sandbox-model",
      "gpt-4o",
      "gpt-4o-mini",
    ]);
    await model.selectOption("gpt-4o");
    const typing = dialog.getByLabel("Typing indicator");
    expect(await typing.isChecked()).toBe(true);
    await typing.uncheck();
    await dialog.getByRole("button", { name: "Create agent" }).click();
    const card = page.getByTestId("agent-card").filter({ hasText: "Nora" });
    await card.waitFor();
    expect(await card.textContent()).toContain("gpt-4o");
  });

  it("the sandbox phone shows its message read and “typing…” while the AI drafts", async () => {
    const owner = await newTenant();
    const setup = await aiNumber(owner);
    // Once Helios has sent from the number, the phone lists it.
    const first = customerOf(setup);
    await first.sayAndAwaitAi("Hello");
    const numbers = await api(`/api/t/${owner.slug}/whatsapp/numbers`, { token: owner.token });
    const address: string = numbers.body.items[0].address;

    const phone = await suite.newPage();
    await phone.goto("/sandbox/phone");
    await phone.getByLabel("Your number").fill(`whatsapp:+1555${String(Date.now()).slice(-7)}`);
    const numberSelect = phone.getByLabel("Helios number");
    await expect
      .poll(() => numberSelect.locator(`option[value="${address}"]`).count(), {
        timeout: 20_000,
        interval: 500,
      })
      .toBe(1);
    await numberSelect.selectOption(address);
    const marker = newMarker();
    await scriptModel(marker, [{ reply: "Let me see… yes, we do!", delayMs: 1800 }]);
    await phone.getByLabel("Message").fill(`Do you sell lamps? ${marker}`);
    await phone.getByRole("button", { name: "Send", exact: true }).click();

    await phone.getByTestId("phone-typing").waitFor({ timeout: 15_000 });
    const mine = phone.locator('[data-testid="phone-message"][data-direction="in"]');
    expect(await mine.first().getAttribute("data-status")).toBe("read");
    await phone
      .locator('[data-testid="phone-message"][data-direction="out"]')
      .filter({ hasText: "Let me see… yes, we do!" })
      .waitFor({ timeout: 15_000 });
    await expect.poll(() => phone.getByTestId("phone-typing").count(), { timeout: 5_000 }).toBe(0);
  });
});
