import { describe, expect, it } from "vitest";
import { api, PASSWORD, type TestTenant } from "../../packages/local/test/support/api";
import { thread } from "../../packages/local/test/support/phone";
import { browserSuite } from "./support/suite";
import { CUSTOMER_NAME, noSidewaysScroll, teamWorkspace } from "./support/team";

const suite = browserSuite();

const conversationOf = async (member: TestTenant, id: string) =>
  (await api(`/api/t/${member.slug}/whatsapp/conversations/${id}`, { token: member.token })).body;

describe("saved replies, labels and the contact in the chat", () => {
  it("/ inserts a saved reply with the customer's name; labels are added from the chat", async () => {
    const { ana, address, customer, conversationId, chatPath } = await teamWorkspace();
    const saved = await api(`/api/t/${ana.slug}/canned-responses`, {
      token: ana.token,
      body: { shortcut: "refund", text: "Hi {{customer.name}}, your refund is on its way." },
    });
    expect(saved.status).toBe(201);
    const vip = await api(`/api/t/${ana.slug}/labels`, {
      token: ana.token,
      body: { name: "VIP", color: "#7c3aed" },
    });
    expect(vip.status).toBe(201);
    const page = await suite.signedIn(ana.email, PASSWORD, chatPath);
    const chat = page.getByTestId("chat");

    const message = chat.getByLabel("Message");
    await message.pressSequentially("/ref");
    const picker = chat.getByTestId("canned-picker");
    await picker.getByRole("option", { name: /\/refund/ }).waitFor();
    // Esc closes the picker and leaves what was typed.
    await message.press("Escape");
    await expect.poll(() => picker.count()).toBe(0);
    expect(await message.inputValue()).toBe("/ref");
    // It stays closed while that shortcut is typed on; a new / opens it again.
    await message.pressSequentially("u");
    expect(await picker.count()).toBe(0);
    await message.fill("");
    await message.pressSequentially("/refu");
    await picker.getByRole("option", { name: /\/refund/ }).waitFor();
    await message.press("Tab");
    const filled = `Hi ${CUSTOMER_NAME}, your refund is on its way.`;
    expect(await message.inputValue()).toBe(filled);
    await message.press("Enter");
    await expect
      .poll(async () => (await thread(address, customer)).map((item) => item.text), {
        timeout: 15_000,
      })
      .toContain(filled);

    await chat.getByRole("button", { name: "Labels" }).click();
    await chat.getByRole("checkbox", { name: "VIP" }).check();
    const chip = chat
      .getByTestId("chat-labels")
      .getByTestId("label-chip")
      .filter({ hasText: "VIP" });
    await chip.waitFor();
    await page.getByTestId("toast").filter({ hasText: "“VIP”" }).waitFor();
    await expect
      .poll(async () => (await conversationOf(ana, conversationId)).labels, { timeout: 10_000 })
      .toEqual([vip.body.id]);
    await page.reload();
    await chip.waitFor();
  });

  it("at 390 px the contact panel renames the customer (Enter saves, Esc cancels) from the header's drawer", async () => {
    const { ana, conversationId, chatPath } = await teamWorkspace();
    // The contact is indexed off the request path: wait for the conversation to name it.
    await expect
      .poll(async () => (await conversationOf(ana, conversationId)).contactId, { timeout: 15_000 })
      .toBeTruthy();
    const page = await suite.signedIn(ana.email, PASSWORD);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(chatPath);
    const chat = page.getByTestId("chat");
    await chat.getByRole("button", { name: "Contact & insights" }).click();
    const panel = chat.getByTestId("contact-panel");
    const name = panel.getByTestId("contact-name");
    await expect.poll(() => name.textContent(), { timeout: 10_000 }).toBe(CUSTOMER_NAME);

    await panel.getByRole("button", { name: "Edit name" }).click();
    await panel.getByLabel("Contact name").fill("Someone else");
    await panel.getByLabel("Contact name").press("Escape");
    expect(await name.textContent()).toBe(CUSTOMER_NAME);

    await panel.getByRole("button", { name: "Edit name" }).click();
    await panel.getByLabel("Contact name").fill("Nora Smith");
    await panel.getByLabel("Contact name").press("Enter");
    await expect.poll(() => name.textContent(), { timeout: 10_000 }).toBe("Nora Smith");
    await page.getByTestId("toast").filter({ hasText: "Renamed to Nora Smith" }).waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);

    // Custom attributes: add one, saved for the contact.
    await panel.getByRole("button", { name: "Edit attributes" }).click();
    await panel.getByLabel("Attribute 1 name").fill("Plan");
    await panel.getByLabel("Attribute 1 value").fill("Gold");
    await panel.getByRole("button", { name: "Save" }).click();
    const attributes = panel.getByTestId("contact-attributes");
    await expect.poll(() => attributes.textContent(), { timeout: 10_000 }).toContain("PlanGold");

    await page.reload();
    await chat.getByRole("button", { name: "Contact & insights" }).click();
    await expect.poll(() => name.textContent(), { timeout: 10_000 }).toBe("Nora Smith");
    expect(await attributes.textContent()).toContain("PlanGold");
    expect(await noSidewaysScroll(page)).toBe(true);
  });
});
