import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, newTenant, PASSWORD } from "../../packages/local/test/support/api";
import { launchBrowser } from "./browser";
import { newPage, signIn } from "./session";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("AI agents in the browser", () => {
  it("an owner creates, renames and deletes an agent; the page and the API agree at each step", async () => {
    const owner = await newTenant();
    const agentsOf = async () =>
      (await api(`/api/t/${owner.slug}/agents`, { token: owner.token })).body.items as {
        id: string;
        name: string;
      }[];
    const page = await newPage(browser);
    await signIn(page, owner.email, PASSWORD);
    await page.goto(`/app/${owner.slug}/agents`);
    await page.getByText("No agents yet").waitFor();

    await page.getByRole("button", { name: "Create your first agent" }).click();
    const dialog = page.getByTestId("agent-dialog");
    await dialog.getByLabel("Name").fill("Browser Ava");
    await dialog.getByLabel("Instructions").fill("Answer questions about orders.");
    await dialog.getByRole("button", { name: "Create agent" }).click();
    await page.getByRole("article", { name: "Browser Ava" }).waitFor();
    expect((await agentsOf()).map((agent) => agent.name)).toEqual(["Browser Ava"]);

    await page
      .getByRole("article", { name: "Browser Ava" })
      .getByRole("button", { name: "Edit" })
      .click();
    await dialog.getByLabel("Name").fill("Browser Bea");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("article", { name: "Browser Bea" }).waitFor();
    expect((await agentsOf()).map((agent) => agent.name)).toEqual(["Browser Bea"]);

    await page
      .getByRole("article", { name: "Browser Bea" })
      .getByRole("button", { name: "Delete" })
      .click();
    await page
      .getByTestId("delete-agent-dialog")
      .getByRole("button", { name: "Delete agent" })
      .click();
    await page.getByText("No agents yet").waitFor();
    expect(await agentsOf()).toEqual([]);
  });
});
