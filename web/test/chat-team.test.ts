import { describe, expect, it } from "vitest";
import { PASSWORD } from "../../packages/local/test/support/api";
import { drain } from "../../packages/local/test/support/drain";
import { thread } from "../../packages/local/test/support/phone";
import { closeWindow } from "../../packages/local/test/support/table";
import { browserSuite } from "./support/suite";
import { noSidewaysScroll, notificationsOf, teamWorkspace } from "./support/team";

const suite = browserSuite();
const MINUTE = 60_000;

describe("two people share a chat", () => {
  it("one assigns the chat to the other, who sees it live and is notified; replies show their author", async () => {
    const { ana, bruno, conversationId, chatPath } = await teamWorkspace();
    const anaPage = await suite.signedIn(ana.email, PASSWORD, chatPath);
    const brunoPage = await suite.signedIn(bruno.email, PASSWORD, chatPath);
    const anaChat = anaPage.getByTestId("chat");
    const brunoChat = brunoPage.getByTestId("chat");
    const brunoAssignee = brunoChat.getByTestId("assignee-name");
    await brunoAssignee.waitFor();
    expect(await brunoAssignee.textContent()).toBe("Unassigned");

    await anaChat.getByRole("button", { name: /Assignee/ }).click();
    await anaChat.getByRole("option", { name: /Bruno Costa/ }).click();
    // Shown where it was made (optimistically: the next render, which a loaded machine may delay
    // past one round trip of the browser), confirmed by a toast.
    await expect
      .poll(() => anaChat.getByTestId("assignee-name").textContent(), { timeout: 2_000 })
      .toBe("Bruno Costa");
    await anaPage.getByTestId("toast").filter({ hasText: "assigned to Bruno Costa" }).waitFor();

    // Bruno sees it live: the header, the timeline line, and a notification of his own.
    await expect.poll(() => brunoAssignee.textContent(), { timeout: 10_000 }).toBe("Bruno Costa");
    await brunoChat
      .getByTestId("event-line")
      .filter({ hasText: "Ana Lima assigned this to Bruno Costa" })
      .waitFor({ timeout: 10_000 });
    await expect
      .poll(async () => (await notificationsOf(bruno, "assigned", conversationId)).length, {
        timeout: 10_000,
      })
      .toBe(1);
    expect(await notificationsOf(ana, "assigned", conversationId)).toHaveLength(0);

    // No saved replies yet: "/" says where they are made.
    await anaChat.getByLabel("Message").pressSequentially("/");
    const empty = anaChat.getByTestId("canned-empty");
    await empty.getByRole("link", { name: "Add them in Inbox settings" }).waitFor();

    // Who said what: Bruno sees Ana's reply under her name and initials; Ana sees "You".
    await anaChat.getByLabel("Message").fill("Hi Nora, Bruno will take care of you.");
    await anaChat.getByLabel("Message").press("Enter");
    const inBruno = brunoChat.getByTestId("message").filter({ hasText: "Bruno will take care" });
    await inBruno.waitFor({ timeout: 10_000 });
    expect(await inBruno.getByTestId("author-name").textContent()).toBe("Ana Lima");
    expect(await inBruno.getByTestId("avatar").textContent()).toBe("AL");
    const inAna = anaChat.getByTestId("message").filter({ hasText: "Bruno will take care" });
    expect(await inAna.getByTestId("author-name").textContent()).toBe("You");

    // Bruno takes it from there: his reply is his, a second one joins his group (no name again).
    await brunoChat.getByLabel("Message").fill("Hello Nora, I am on it.");
    await brunoChat.getByLabel("Message").press("Enter");
    await brunoChat.getByLabel("Message").fill("One moment please.");
    await brunoChat.getByLabel("Message").press("Enter");
    const first = anaChat.getByTestId("message").filter({ hasText: "I am on it" });
    const second = anaChat.getByTestId("message").filter({ hasText: "One moment please" });
    await second.waitFor({ timeout: 10_000 });
    expect(await first.getByTestId("author-name").textContent()).toBe("Bruno Costa");
    expect(await first.getByTestId("avatar").textContent()).toBe("BC");
    expect(await second.getByTestId("message-author").count()).toBe(0);

    // Unassigning puts it back for everyone.
    await brunoChat.getByRole("button", { name: /Assignee/ }).click();
    await brunoChat.getByRole("option", { name: "Unassign" }).click();
    await expect
      .poll(() => anaChat.getByTestId("assignee-name").textContent(), { timeout: 10_000 })
      .toBe("Unassigned");
  });

  it("at 390 px a note with an @mention is private and distinct, notifies the member, and works with the window closed", async () => {
    const { ana, bruno, address, customer, conversationId, chatPath } = await teamWorkspace();
    const anaPage = await suite.signedIn(ana.email, PASSWORD);
    await anaPage.setViewportSize({ width: 390, height: 844 });
    await anaPage.goto(chatPath);
    const brunoPage = await suite.signedIn(bruno.email, PASSWORD);
    await brunoPage.setViewportSize({ width: 390, height: 844 });
    await brunoPage.goto(chatPath);
    const anaChat = anaPage.getByTestId("chat");
    const brunoChat = brunoPage.getByTestId("chat");

    // The switch is reachable from the keyboard: Tab to it, Enter picks Note.
    await brunoChat.getByRole("button", { name: "Note", exact: true }).focus();
    await brunoPage.keyboard.press("Enter");
    const note = brunoChat.getByLabel("Private note");
    await note.waitFor();
    expect(await brunoChat.getByTestId("note-hint").textContent()).toContain(
      "only your team sees this",
    );
    await note.pressSequentially("@an");
    const picker = brunoChat.getByTestId("mention-picker");
    await picker.getByRole("option", { name: /Ana Lima/ }).waitFor();
    await note.press("Enter");
    expect(await note.inputValue()).toBe("@Ana Lima ");
    await note.pressSequentially("can you check the refund?");
    await note.press("Enter");

    const mine = brunoChat.locator('[data-testid="message"][data-kind="note"]');
    await mine.filter({ hasText: "can you check the refund?" }).waitFor({ timeout: 10_000 });
    // The box empties once the server kept the note (its live copy may come first).
    await expect.poll(() => note.inputValue()).toBe("");
    const theirs = anaChat
      .locator('[data-testid="message"][data-kind="note"]')
      .filter({ hasText: "can you check the refund?" });
    await theirs.waitFor({ timeout: 10_000 });
    expect(await theirs.getByTestId("mention").textContent()).toBe("@Ana Lima");
    expect(await theirs.getByTestId("author-name").textContent()).toBe("Bruno Costa");
    expect(await theirs.textContent()).toContain("Private note");
    await expect
      .poll(async () => (await notificationsOf(ana, "mention", conversationId)).length, {
        timeout: 10_000,
      })
      .toBe(1);
    expect(await noSidewaysScroll(anaPage)).toBe(true);
    expect(await noSidewaysScroll(brunoPage)).toBe(true);

    // Never on the customer's phone.
    await drain({ callbacks: true });
    const onPhone = await thread(address, customer);
    expect(onPhone.some((item) => String(item.text ?? "").includes("check the refund"))).toBe(
      false,
    );

    // With the 24-hour window closed, replies take a template but notes still go.
    await closeWindow(ana, conversationId, MINUTE);
    await anaPage.reload();
    await anaChat.getByTestId("composer-closed").waitFor();
    await anaChat.getByRole("button", { name: "Note", exact: true }).click();
    await anaChat.getByLabel("Private note").fill("Window closed, I will send a template.");
    await anaChat.getByRole("button", { name: "Add note" }).click();
    await brunoChat
      .locator('[data-testid="message"][data-kind="note"]')
      .filter({ hasText: "Window closed, I will send a template." })
      .waitFor({ timeout: 10_000 });
    expect(await noSidewaysScroll(anaPage)).toBe(true);
  });
});
