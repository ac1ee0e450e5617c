import { describe, expect, it } from "vitest";
import { api, newMember, PASSWORD } from "../../packages/local/test/support/api";
import {
  newMessageSid,
  postTwilio,
  twilioFixture,
} from "../../packages/local/test/support/twilio-webhooks";
import { DESKTOP, inboxWorkspace, noSideScroll, PHONE, row, rows } from "./support/inbox";
import { browserSuite } from "./support/suite";

const suite = browserSuite();

describe("the inbox page", () => {
  it("desktop: the list beside the chat; ↑/↓ and j/k open the conversations in turn; filters live in the URL", async () => {
    const { owner, customerWrites } = await inboxWorkspace();
    const ana = await customerWrites("Ana Arrow", "First question");
    const bruno = await customerWrites("Bruno Arrow", "Second question");

    const page = await suite.signedIn(owner.email, PASSWORD);
    await page.setViewportSize(DESKTOP);
    await page.goto(`/app/${owner.slug}/whatsapp`);
    await page.getByTestId("no-conversation-open").waitFor();
    await expect.poll(() => rows(page).count()).toBe(2);
    expect(await page.title()).toMatch(/^(\(\d+\) )?WhatsApp · /);
    // Newest activity first.
    expect(await rows(page).first().getAttribute("data-conversation-id")).toBe(bruno);

    await row(page, "Bruno Arrow").getByRole("link", { name: "View Chat" }).click();
    const chat = page.getByTestId("chat");
    await expect.poll(() => chat.getAttribute("data-conversation-id")).toBe(bruno);
    // The list stays beside the chat, the open one marked.
    expect(await rows(page).count()).toBe(2);
    expect(await row(page, "Bruno Arrow").getAttribute("data-selected")).toBe("true");
    // The open chat names the tab.
    await expect.poll(() => page.title()).toMatch(/^Bruno Arrow · /);

    await row(page, "Bruno Arrow").getByRole("link").focus();
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => chat.getAttribute("data-conversation-id")).toBe(ana);
    expect(new URL(page.url()).pathname).toBe(`/app/${owner.slug}/whatsapp/${ana}`);
    // Focus came back to the list from the composer: the next key moves on.
    await page.keyboard.press("k");
    await expect.poll(() => chat.getAttribute("data-conversation-id")).toBe(bruno);
    await page.keyboard.press("j");
    await expect.poll(() => chat.getAttribute("data-conversation-id")).toBe(ana);

    // A status tab is a link away: the URL keeps it, Back undoes it.
    await page.getByTestId("status-filter").getByRole("button", { name: "Closed" }).click();
    await page.getByText("No closed conversations").waitFor();
    expect(new URL(page.url()).searchParams.get("status")).toBe("closed");
    await page.goBack();
    await expect.poll(() => rows(page).count()).toBe(2);

    // The numbers are one click away.
    await page.getByRole("link", { name: "Numbers" }).click();
    await page.getByRole("article", { name: "Support" }).waitFor();
    expect(await noSideScroll(page)).toBe(true);
  });

  it("desktop: a long chat scrolls inside the window, holding only the rows near the view", async () => {
    const { owner, number, customerWrites } = await inboxWorkspace();
    const id = await customerWrites("Lola Long", "The oldest question");
    const conversation = await api(`/api/t/${owner.slug}/whatsapp/conversations/${id}`, {
      token: owner.token,
    });
    const from = conversation.body.customer.address as string;
    const count = 40;
    for (let n = 2; n <= count; n += 1) {
      const params = {
        MessageSid: newMessageSid(),
        From: from,
        ProfileName: "Lola Long",
        Body: `Message ${n}`,
      };
      const posted = await postTwilio(
        `/webhooks/twilio/${number.numberId}`,
        twilioFixture("inbound-text", params),
        number.authToken,
      );
      expect(posted.status).toBe(200);
    }

    const page = await suite.signedIn(owner.email, PASSWORD);
    await page.setViewportSize(DESKTOP);
    await page.goto(`/app/${owner.slug}/whatsapp/${id}`);
    const list = page.getByTestId("message-list");
    // Opens on the newest message.
    await list
      .getByTestId("message")
      .filter({ hasText: `Message ${count}` })
      .waitFor();
    // The page itself fits the window; the history scrolls inside its own box.
    expect(
      await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight),
    ).toBe(true);
    expect(await list.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    // Virtualized: fewer rows in the DOM than messages, and the oldest is not among them.
    expect(await list.getByTestId("message").count()).toBeLessThan(count);
    const oldest = list.getByTestId("message").filter({ hasText: "The oldest question" });
    expect(await oldest.count()).toBe(0);
    await list.evaluate((el) => el.scrollTo(0, 0));
    await oldest.waitFor();
  });

  it("phone (390 px): the list, then the chat alone, then back to the list; nothing scrolls sideways", async () => {
    const { owner, customerWrites } = await inboxWorkspace();
    const id = await customerWrites("Paz Phone", "Hello from a small screen");

    const page = await suite.signedIn(owner.email, PASSWORD);
    await page.setViewportSize(PHONE);
    await page.goto(`/app/${owner.slug}/whatsapp`);
    await row(page, "Paz Phone").waitFor();
    expect(await page.getByTestId("no-conversation-open").isVisible()).toBe(false);
    expect(await noSideScroll(page)).toBe(true);

    await row(page, "Paz Phone").getByRole("link", { name: "View Chat" }).click();
    await page.getByTestId("message").filter({ hasText: "Hello from a small screen" }).waitFor();
    expect(await page.getByTestId("chat").getAttribute("data-conversation-id")).toBe(id);
    expect(await page.getByTestId("inbox-list").isVisible()).toBe(false);
    expect(await noSideScroll(page)).toBe(true);

    await page.getByRole("link", { name: "Back to WhatsApp" }).click();
    await row(page, "Paz Phone").waitFor();
    expect(await page.getByTestId("chat").count()).toBe(0);
    expect(await noSideScroll(page)).toBe(true);

    // The row's menu and the filters open inside the screen too.
    await row(page, "Paz Phone").getByRole("button", { name: "Actions for Paz Phone" }).click();
    await page.getByRole("menuitem", { name: "Assign to me" }).waitFor();
    expect(await noSideScroll(page)).toBe(true);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Filters" }).click();
    await page.getByLabel("Unread only").waitFor();
    expect(await noSideScroll(page)).toBe(true);
    await page.keyboard.press("Escape");

    await page.getByRole("link", { name: "Numbers", exact: true }).click();
    await page.getByRole("article", { name: "Support" }).waitFor();
    expect(await noSideScroll(page)).toBe(true);
  });

  it("Export CSV is offered to an owner and not to an agent", async () => {
    const { owner, customerWrites } = await inboxWorkspace();
    await customerWrites("Eva Export", "Hi");
    const agent = await newMember(owner, "agent");

    const ownerPage = await suite.signedIn(owner.email, PASSWORD, `/app/${owner.slug}/whatsapp`);
    await row(ownerPage, "Eva Export").waitFor();
    expect(await ownerPage.getByRole("button", { name: "Export CSV" }).isVisible()).toBe(true);

    const agentPage = await suite.signedIn(agent.email, PASSWORD, `/app/${owner.slug}/whatsapp`);
    await row(agentPage, "Eva Export").waitFor();
    expect(await agentPage.getByRole("button", { name: "Export CSV" }).count()).toBe(0);
  });
});
