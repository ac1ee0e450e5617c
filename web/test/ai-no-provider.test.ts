import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { aiNumber, customerOf } from "../../packages/local/test/support/ai";
import { newTenant, PASSWORD } from "../../packages/local/test/support/api";
import {
  type LocalCloudProcess,
  startLocalCloud,
} from "../../packages/local/test/support/local-cloud-process";
import { signIn } from "./session";
import { browserSuite } from "./support/suite";

const suite = browserSuite();
let cloud: LocalCloudProcess;
beforeAll(async () => {
  // A second local cloud on the run's table and secrets, with no AI provider.
  cloud = await startLocalCloud({
    dataDir: inject("localCloudDataDir"),
    dynamoDbEndpoint: inject("dynamoDbEndpoint"),
    env: { OPENAI_API_KEY: "", OPENAI_BASE_URL: "", SEED_DEMO: "0" },
  });
});
afterAll(async () => {
  await cloud?.stop();
});

async function pageOnCloud(): Promise<Page> {
  const context = await suite.browser().newContext({ baseURL: cloud.url });
  return context.newPage();
}

describe("without an AI provider, in the browser", () => {
  it("the agents page and the chat say AI replies need a provider, and Generate Insights fills the sidebar with the local analyzer", async () => {
    const owner = await newTenant();
    const customer = customerOf(await aiNumber(owner));
    await customer.say("My order arrived broken and nobody answers my emails.");
    const { id } = await customer.conversation();

    const page = await pageOnCloud();
    await signIn(page, owner.email, PASSWORD);
    await page.goto(`/app/${owner.slug}/agents`);
    await page.getByTestId("ai-provider-notice").waitFor();
    expect(await page.getByTestId("ai-provider-notice").textContent()).toContain(
      "AI replies need an AI provider",
    );

    // Wide enough for the chat's sidebar to sit beside it, whatever else the page shows.
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto(`/app/${owner.slug}/whatsapp/${id}`);
    await page.getByTestId("ai-provider-missing").first().waitFor();

    const summary = page.getByTestId("insights-summary").first();
    await page.getByRole("button", { name: "Generate Insights" }).first().click();
    await expect
      .poll(() => summary.textContent(), { timeout: 15_000, interval: 200 })
      .toContain("Customer: My order arrived broken");
    await page.getByText("By the local analyzer").first().waitFor();
  });
});
