import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  api,
  newMember,
  newTenant,
  PASSWORD,
  type TestTenant,
} from "../../packages/local/test/support/api";
import { browserForFile } from "./browser";
import { newPage, signIn } from "./session";

const browser = browserForFile();

const noSideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

async function signedIn(who: TestTenant, path: string, size?: { width: number; height: number }) {
  const page = await newPage(browser());
  if (size) await page.setViewportSize(size);
  await signIn(page, who.email, PASSWORD);
  await page.goto(path);
  return page;
}

const toast = (page: Page, text: string) =>
  page.getByRole("status").filter({ hasText: text }).first().waitFor();

describe("inbox settings in the browser", () => {
  it("an owner creates, edits and deletes a canned response, with its preview and toasts; the API agrees", async () => {
    const owner = await newTenant();
    const saved = async () =>
      (await api(`/api/t/${owner.slug}/canned-responses`, { token: owner.token })).body.items as {
        shortcut: string;
        text: string;
      }[];
    const page = await signedIn(owner, `/app/${owner.slug}/settings`);
    // The nav's "Inbox settings" opens the labels tab; the other tab is one click away.
    await page.waitForURL(/\/settings\/labels$/);
    await page.getByRole("link", { name: "Canned responses" }).click();
    await page.getByText("No canned responses yet").waitFor();

    await page.getByRole("button", { name: "New canned response" }).click();
    const dialog = page.getByTestId("canned-response-dialog");
    await dialog.getByLabel("Shortcut").fill("/Hours");
    await dialog.getByLabel("Text").fill("Hi , we are open 9 to 5.");
    // The cursor after "Hi ": the button inserts the placeholder there.
    await dialog
      .getByLabel("Text")
      .evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(3, 3));
    await dialog.getByRole("button", { name: "Insert customer name" }).click();
    await expect
      .poll(() => dialog.getByLabel("Text").inputValue())
      .toBe("Hi {{customer.name}}, we are open 9 to 5.");
    await expect
      .poll(() => dialog.getByTestId("canned-preview").textContent())
      .toBe("Hi Ana, we are open 9 to 5.");
    await dialog.getByRole("button", { name: "Create canned response" }).click();
    await toast(page, "/hours created");
    await page.getByTestId("canned-response-row").filter({ hasText: "/hours" }).waitFor();
    expect(await saved()).toMatchObject([
      { shortcut: "hours", text: "Hi {{customer.name}}, we are open 9 to 5." },
    ]);

    // A taken shortcut: the server's 409 lands under the field and nothing changes.
    await page.getByRole("button", { name: "New canned response" }).click();
    await dialog.getByLabel("Shortcut").fill("hours");
    await dialog.getByLabel("Text").fill("Again");
    await dialog.getByRole("button", { name: "Create canned response" }).click();
    await dialog.getByText("/hours is taken").waitFor();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect(await saved()).toHaveLength(1);

    const row = page.getByTestId("canned-response-row").filter({ hasText: "/hours" });
    await row.getByRole("button", { name: "Edit" }).click();
    await dialog.getByLabel("Shortcut").fill("open");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await toast(page, "/open saved");
    await page.getByTestId("canned-response-row").filter({ hasText: "/open" }).waitFor();
    expect((await saved()).map((reply) => reply.shortcut)).toEqual(["open"]);

    await page.getByTestId("canned-response-row").getByRole("button", { name: "Delete" }).click();
    await page
      .getByTestId("delete-canned-response-dialog")
      .getByRole("button", { name: "Delete canned response" })
      .click();
    await toast(page, "/open deleted");
    await page.getByText("No canned responses yet").waitFor();
    expect(await saved()).toEqual([]);
  });

  it("an owner creates, recolours and deletes a label", async () => {
    const owner = await newTenant();
    const labels = async () =>
      (await api(`/api/t/${owner.slug}/labels`, { token: owner.token })).body.items as {
        name: string;
        color: string;
      }[];
    const page = await signedIn(owner, `/app/${owner.slug}/settings/labels`);
    await page.getByText("No labels yet").waitFor();
    await page.getByRole("button", { name: "New label" }).click();
    const dialog = page.getByTestId("label-dialog");
    await dialog.getByLabel("Name").fill("VIP");
    await dialog.getByRole("button", { name: "Violet" }).click();
    await dialog.getByRole("button", { name: "Create label" }).click();
    await toast(page, "Label “VIP” created");
    await page.getByTestId("label-row").filter({ hasText: "VIP" }).waitFor();
    expect(await labels()).toMatchObject([{ name: "VIP", color: "#7c3aed" }]);

    await page.getByTestId("label-row").getByRole("button", { name: "Edit" }).click();
    await dialog.getByLabel("Name").fill("Very important");
    await dialog.getByRole("button", { name: "Red" }).click();
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await toast(page, "Label “Very important” saved");
    expect(await labels()).toMatchObject([{ name: "Very important", color: "#dc2626" }]);

    await page.getByTestId("label-row").getByRole("button", { name: "Delete" }).click();
    await page
      .getByTestId("delete-label-dialog")
      .getByRole("button", { name: "Delete label" })
      .click();
    await toast(page, "Label “Very important” deleted");
    await page.getByText("No labels yet").waitFor();
    expect(await labels()).toEqual([]);
  });

  it("an agent reads the settings but cannot change them, and nothing scrolls sideways at 390 px", async () => {
    const owner = await newTenant();
    await api(`/api/t/${owner.slug}/canned-responses`, {
      token: owner.token,
      body: {
        shortcut: "refund",
        text: "Hi {{customer.name}}, refunds take 5 to 7 working days to reach your card.",
      },
    });
    const agent = await newMember(owner, "agent");
    const page = await signedIn(agent, `/app/${owner.slug}/settings/canned-responses`, {
      width: 390,
      height: 844,
    });
    const row = page.getByTestId("canned-response-row").filter({ hasText: "/refund" });
    await row.waitFor();
    await page.getByText("Owners and admins change them").waitFor();
    expect(await row.getByRole("button").count()).toBe(0);
    expect(await page.getByRole("button", { name: "New canned response" }).count()).toBe(0);
    expect(await noSideScroll(page)).toBe(true);

    await page.getByRole("link", { name: "Labels" }).click();
    await page.getByText("No labels yet").waitFor();
    expect(await page.getByRole("button", { name: /label/i }).count()).toBe(0);
    expect(await noSideScroll(page)).toBe(true);
  });
});
