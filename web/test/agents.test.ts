import { describe, expect, it } from "vitest";
import { api, newTenant, PASSWORD } from "../../packages/local/test/support/api";
import { browserForFile } from "./browser";
import { newPage, signIn } from "./session";

const browser = browserForFile();

describe("AI agents in the browser", () => {
  it("an owner creates, renames and deletes an agent; the page and the API agree at each step", async () => {
    const owner = await newTenant();
    const agentsOf = async () =>
      (await api(`/api/t/${owner.slug}/agents`, { token: owner.token })).body.items as {
        id: string;
        name: string;
      }[];
    const page = await newPage(browser());
    const onCard = (name: string, button: string) =>
      page.getByRole("article", { name }).getByRole("button", { name: button }).click();
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

    await onCard("Browser Ava", "Edit");
    await dialog.getByLabel("Name").fill("Browser Bea");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("article", { name: "Browser Bea" }).waitFor();
    expect((await agentsOf()).map((agent) => agent.name)).toEqual(["Browser Bea"]);

    await onCard("Browser Bea", "Delete");
    await page
      .getByTestId("delete-agent-dialog")
      .getByRole("button", { name: "Delete agent" })
      .click();
    await page.getByText("No agents yet").waitFor();
    expect(await agentsOf()).toEqual([]);
  });
});
