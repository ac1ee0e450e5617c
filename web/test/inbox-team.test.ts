import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { api, newMember, PASSWORD } from "../../packages/local/test/support/api";
import { drain } from "../../packages/local/test/support/drain";
import { DESKTOP, inboxWorkspace, row, rows } from "./support/inbox";
import { browserSuite } from "./support/suite";

// These need the team inbox's server (assignment, labels, filters, export) and the search index.

const suite = browserSuite();
const POLL = { timeout: 15_000, interval: 200 };

describe("the team inbox", () => {
  it("two members split the inbox by assignment: Mine, Unassigned, All, live", async () => {
    const { owner, customerWrites } = await inboxWorkspace();
    await customerWrites("Mia Mine", "Where is my parcel?");
    await customerWrites("Ned Nobody", "Do you open on Sundays?");
    const agent = await newMember(owner, "agent");

    const page = await suite.signedIn(owner.email, PASSWORD);
    await page.setViewportSize(DESKTOP);
    await page.goto(`/app/${owner.slug}/whatsapp`);
    await row(page, "Mia Mine").getByRole("button", { name: "Actions for Mia Mine" }).click();
    await page.getByRole("menuitem", { name: "Assign to me" }).click();
    await page.getByTestId("toast").filter({ hasText: "Mia Mine is assigned to you" }).waitFor();
    await expect
      .poll(() => row(page, "Mia Mine").getByTestId("row-assignee").getAttribute("data-assignee"))
      .toBe("Owner");

    const tabs = page.getByTestId("assignee-tabs");
    await tabs.getByRole("button", { name: "Mine" }).click();
    await expect
      .poll(() => rows(page).allTextContents(), POLL)
      .toEqual([expect.stringContaining("Mia Mine")]);
    expect(new URL(page.url()).searchParams.get("assignee")).toBe("me");
    await tabs.getByRole("button", { name: "Unassigned" }).click();
    await expect
      .poll(() => rows(page).allTextContents(), POLL)
      .toEqual([expect.stringContaining("Ned Nobody")]);

    // The agent watches their own list while the owner hands them Ned.
    const agentPage = await suite.signedIn(agent.email, PASSWORD);
    await agentPage.setViewportSize(DESKTOP);
    await agentPage.goto(`/app/${owner.slug}/whatsapp?assignee=me`);
    await agentPage.getByText("Nothing open is assigned to you").waitFor();

    await row(page, "Ned Nobody").getByRole("button", { name: "Actions for Ned Nobody" }).click();
    await page.getByRole("menuitem", { name: "Assign to…" }).click();
    await page
      .getByTestId("assign-dialog")
      .getByRole("button", { name: /The agent/ })
      .click();
    await page
      .getByTestId("toast")
      .filter({ hasText: "Ned Nobody is assigned to The agent" })
      .waitFor();
    // It leaves the owner's Unassigned list and arrives in the agent's Mine, both live.
    await expect.poll(() => rows(page).count(), POLL).toBe(0);
    await row(agentPage, "Ned Nobody").waitFor(POLL);

    await tabs.getByRole("button", { name: "All" }).click();
    await expect.poll(() => rows(page).count(), POLL).toBe(2);

    // The agent's own availability for round-robin, in the inbox's header.
    const available = agentPage.getByRole("switch", { name: "Available for new conversations" });
    expect(await available.isChecked()).toBe(true);
    await available.click();
    await agentPage.getByTestId("toast").filter({ hasText: "You are away" }).waitFor();
    expect(await available.isChecked()).toBe(false);
  });

  it("search finds a conversation by the customer's name and by a word in a message", async () => {
    const { owner, customerWrites } = await inboxWorkspace();
    await customerWrites("Rosa Search", "Do you sell pineapple cake?");
    await customerWrites("Tom Other", "Hello there");
    // Search reads the index, which the table's stream fills off the request path.
    await drain();

    const page = await suite.signedIn(owner.email, PASSWORD, `/app/${owner.slug}/whatsapp`);
    await expect.poll(() => rows(page).count()).toBe(2);
    const search = page.getByRole("searchbox", { name: "Search conversations" });

    await search.fill("rosa");
    await expect
      .poll(() => rows(page).allTextContents(), POLL)
      .toEqual([expect.stringContaining("Rosa Search")]);
    expect(new URL(page.url()).searchParams.get("q")).toBe("rosa");

    await search.fill("pineapple");
    await expect
      .poll(() => rows(page).allTextContents(), POLL)
      .toEqual([expect.stringContaining("Rosa Search")]);

    await search.fill("zzqqxx");
    await page.getByText("No conversations match “zzqqxx”").waitFor(POLL);

    await page.getByRole("button", { name: "Clear search" }).first().click();
    await expect.poll(() => rows(page).count(), POLL).toBe(2);
  });

  it("labels from the list, and the label filter", async () => {
    const { owner, customerWrites } = await inboxWorkspace();
    await customerWrites("Lia Label", "I am a regular");
    await customerWrites("Otto Plain", "Just asking");
    const vip = await api(`/api/t/${owner.slug}/labels`, {
      token: owner.token,
      body: { name: "VIP", color: "#2563eb" },
    });
    expect(vip.status).toBe(201);

    const page = await suite.signedIn(owner.email, PASSWORD);
    await page.setViewportSize(DESKTOP);
    await page.goto(`/app/${owner.slug}/whatsapp`);
    await row(page, "Lia Label").getByRole("button", { name: "Actions for Lia Label" }).click();
    await page.getByRole("menuitem", { name: "Labels…" }).click();
    const dialog = page.getByTestId("labels-dialog");
    await dialog.getByLabel("VIP").check();
    await dialog.getByRole("button", { name: "Save labels" }).click();
    await row(page, "Lia Label").getByTestId("label-chip").filter({ hasText: "VIP" }).waitFor();

    await page.getByRole("button", { name: "Filters" }).click();
    await page
      .getByTestId("inbox-filters")
      .getByLabel("Label", { exact: true })
      .selectOption({ label: "VIP" });
    await page.keyboard.press("Escape");
    await expect
      .poll(() => rows(page).allTextContents(), POLL)
      .toEqual([expect.stringContaining("Lia Label")]);
    expect(new URL(page.url()).searchParams.get("label")).toBe(vip.body.id);
  });

  it("Export CSV downloads the conversations the filters select", async () => {
    const { owner, customerWrites } = await inboxWorkspace();
    await customerWrites("Xena Export", "Please send the invoice");
    await customerWrites("Yuri Elsewhere", "Nothing to see");
    // The filter below is a search: indexed off the request path first.
    await drain();

    const page = await suite.signedIn(owner.email, PASSWORD);
    await page.setViewportSize(DESKTOP);
    await page.goto(`/app/${owner.slug}/whatsapp?q=invoice`);
    await expect
      .poll(() => rows(page).allTextContents(), POLL)
      .toEqual([expect.stringContaining("Xena Export")]);

    const download = page.waitForEvent("download", { timeout: 15_000 });
    await page.getByRole("button", { name: "Export CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile((await file.path()) as string, "utf8");
    expect(csv).toContain("Xena Export");
    expect(csv).not.toContain("Yuri Elsewhere");
    await page.getByTestId("toast").filter({ hasText: "Conversations exported" }).waitFor();
  });
});
