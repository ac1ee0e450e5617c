import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, newTenant, PASSWORD, type TestTenant } from "../../packages/local/test/support/api";
import { conversationWith } from "../../packages/local/test/support/conversations";
import { armFault } from "../../packages/local/test/support/faults";
import { randomAddress } from "../../packages/local/test/support/providers";
import { closeWindow, leaveQueued } from "../../packages/local/test/support/table";
import { launchBrowser } from "./browser";
import { newPage, signIn } from "./session";

// The chat shows Retry and the composer's closed state from what the server decided
// (`canRetry`/`retryableAt`, `windowOpen`), not from rules of its own.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ago = (ms: number) => new Date(Date.now() - ms);
const MINUTE = 60_000;

async function sendFailing(tenant: TestTenant, conversationId: string, text: string) {
  const sent = await api(
    `/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/messages`,
    {
      token: tenant.token,
      body: { text },
    },
  );
  expect(sent.body).toMatchObject({ status: "failed", providerMessageId: "" });
  return sent.body.id as string;
}

const bubble = (page: Page, text: string) =>
  page.locator('[data-testid="message"][data-direction="outbound"]').filter({ hasText: text });

describe("the chat renders the server's rules", () => {
  it("offers Retry where the server would accept it, and closes the composer when the window closed", async () => {
    const tenant = await newTenant();
    const { customer, conversationId } = await conversationWith(tenant, randomAddress());
    await armFault(customer, "unavailable", 3);
    await sendFailing(tenant, conversationId, "Failed outright");
    // Created long ago, handed to the provider again a moment ago: still on its way.
    const lately = await sendFailing(tenant, conversationId, "Retried a moment ago");
    await leaveQueued(conversationId, lately, {
      createdAt: ago(30 * MINUTE),
      sendAttemptAt: ago(10_000),
    });
    // Its last attempt long past: stuck, so the server would send it again.
    const stuck = await sendFailing(tenant, conversationId, "Stuck unsent");
    await leaveQueued(conversationId, stuck, {
      createdAt: ago(10_000),
      sendAttemptAt: ago(3 * MINUTE),
    });

    const page = await newPage(browser);
    await signIn(page, tenant.email, PASSWORD);
    await page.goto(`/app/${tenant.slug}/whatsapp/${conversationId}`);
    const retryButton = { name: "Retry" } as const;
    await bubble(page, "Failed outright").getByRole("button", retryButton).waitFor();
    await bubble(page, "Stuck unsent").getByRole("button", retryButton).waitFor();
    expect(await bubble(page, "Stuck unsent").getByTestId("message-error").textContent()).toBe(
      "Not sent yet: the send was interrupted.",
    );
    // Going by createdAt would offer Retry here, and the server would answer 409.
    await bubble(page, "Retried a moment ago").waitFor();
    expect(
      await bubble(page, "Retried a moment ago").getByRole("button", retryButton).count(),
    ).toBe(0);
    expect(await page.getByTestId("window-status").getAttribute("data-state")).toBe("open");

    await closeWindow(tenant, conversationId, MINUTE);
    await page.reload();
    await page.getByTestId("composer-closed").waitFor();
    expect(await page.getByTestId("window-status").getAttribute("data-state")).toBe("closed");
    // Free text cannot go out: the template picker takes the composer's place.
    expect(await page.getByLabel("Message", { exact: true }).count()).toBe(0);
    expect(await page.getByTestId("template-composer").isVisible()).toBe(true);
  });
});
