import { describe, expect, it } from "vitest";
import { aiNumber, customerOf } from "../../packages/local/test/support/ai";
import { api, newTenant, PASSWORD } from "../../packages/local/test/support/api";
import { browserSuite } from "./support/suite";

const suite = browserSuite();

describe("the AI agent in the browser", () => {
  it("the AI's answer shows in the chat, Generate Insights fills the sidebar live, and the agents page names the default model", async () => {
    const owner = await newTenant();
    const customer = customerOf(await aiNumber(owner, { name: "Ava" }));
    await customer.sayAndAwaitAi("Hi! I love the lamp I bought, thank you so much.");
    const { id } = await customer.conversation();

    const page = await suite.signedIn(owner.email, PASSWORD);
    // Wide enough for the chat's sidebar to sit beside it, whatever else the page shows.
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto(`/app/${owner.slug}/whatsapp/${id}`);
    await page
      .locator('[data-testid="message"][data-direction="outbound"]')
      .filter({ hasText: "sandbox AI is answering" })
      .waitFor();
    // A provider is configured: the chat does not say AI replies need one.
    expect(await page.getByTestId("ai-provider-missing").count()).toBe(0);

    const summary = page.getByTestId("insights-summary").first();
    expect(await summary.textContent()).toContain("Generate insights to get a summary");
    await page.getByRole("button", { name: "Generate Insights" }).first().click();
    await expect
      .poll(() => summary.textContent(), { timeout: 15_000, interval: 200 })
      .toContain("(sandbox model)");
    await page.getByText("By the AI model").first().waitFor();

    await page.goto(`/app/${owner.slug}/agents`);
    await page.getByTestId("agent-card").filter({ hasText: "Ava" }).waitFor();
    expect(await page.getByTestId("agent-card").first().textContent()).toContain(
      "Default model (sandbox-model)",
    );
    expect(await page.getByTestId("ai-provider-notice").count()).toBe(0);
  });

  it("the inbox's sentiment column fills in on its own after ten customer messages, without opening the chat", async () => {
    const owner = await newTenant();
    const setup = await aiNumber(owner);
    const customer = customerOf(setup);
    await customer.say("Hello! The lamp is lovely.");
    const { id } = await customer.conversation();
    await api(`/api/t/${owner.slug}/whatsapp/conversations/${id}`, {
      method: "PATCH",
      token: owner.token,
      body: { aiActive: false },
    });

    const page = await suite.signedIn(owner.email, PASSWORD, `/app/${owner.slug}/whatsapp`);
    const row = page.locator(`[data-testid="conversation-row"]`).first();
    await row.waitFor();
    expect(await row.getByTestId("sentiment").count()).toBe(0);

    for (let i = 2; i <= 10; i++) await customer.say(`Message ${i}: thank you, great service!`);
    await row.getByTestId("sentiment").waitFor({ timeout: 15_000 });
    expect(await row.getByTestId("sentiment").textContent()).toContain("Positive");
  });
});
