import { describe, expect, it } from "vitest";
import { newTenant, PASSWORD } from "../../packages/local/test/support/api";
import { browserSuite } from "./support/suite";

const suite = browserSuite();

/** The demo owner at the WhatsApp page's Numbers section (one click from the inbox). */
async function demoOwnerAtNumbers() {
  const page = await suite.demoOwner();
  await page.getByRole("link", { name: "Numbers", exact: true }).click();
  return page;
}

describe("WhatsApp numbers in the browser", () => {
  it("the demo owner connects a number from the Twilio dropdown, toggles, edits and deletes it", async () => {
    const page = await demoOwnerAtNumbers();
    await page.getByRole("article", { name: "Demo Support" }).waitFor();

    await page.getByRole("button", { name: "Connect New Number" }).click();
    const dialog = page.getByRole("dialog", { name: "Connect New Number" });
    await dialog.getByLabel("Display Name").fill("Browser Sales");
    const twilioNumber = dialog.getByLabel("Twilio number");
    await twilioNumber.waitFor();
    await expect
      .poll(() => twilioNumber.locator("option").count(), { timeout: 10_000 })
      .toBeGreaterThan(1);
    const demoAddress = await page
      .getByRole("article", { name: "Demo Support" })
      .getByTestId("number-address")
      .textContent();
    const free = await twilioNumber.locator("option").evaluateAll(
      (options, taken) =>
        options
          .filter((o) => !(o as HTMLOptionElement).disabled)
          .map((o) => (o as HTMLOptionElement).value)
          .find((v) => v.startsWith("whatsapp:") && v !== taken),
      demoAddress,
    );
    expect(free).toBeTruthy();
    await twilioNumber.selectOption(free as string);
    await dialog.getByLabel("Assigned Agent").selectOption({ label: "Demo Concierge" });
    await dialog.getByRole("button", { name: "Connect Number" }).click();

    await page.getByTestId("number-connected").waitFor();
    await page.getByTestId("toast").filter({ hasText: "Browser Sales is connected." }).waitFor();
    expect(await page.getByTestId("webhook-url").locator("input").inputValue()).toMatch(
      /\/webhooks\/twilio\/\w+/,
    );
    await page.getByRole("button", { name: "Done" }).click();

    const card = page.getByRole("article", { name: "Browser Sales" });
    await card.waitFor();
    const active = card.getByRole("switch", { name: "Active" });
    expect(await active.isChecked()).toBe(false);
    // The switch's words say the state it is in.
    expect(await card.getByTestId("number-active-state").textContent()).toBe("Inactive");
    expect(await card.getByTestId("number-assignment").textContent()).toBe("Manual");
    await active.click();
    await expect.poll(() => active.isChecked()).toBe(true);
    expect(await card.getByTestId("number-active-state").textContent()).toBe("Active");

    await card.getByRole("button", { name: "Edit" }).click();
    const edit = page.getByRole("dialog", { name: "Edit number" });
    await edit.getByLabel("Display Name").fill("Browser Sales EU");
    await edit.getByLabel("Round-robin assignment").check();
    await edit.getByRole("button", { name: "Save changes" }).click();
    const renamed = page.getByRole("article", { name: "Browser Sales EU" });
    await renamed.waitFor();
    await page.getByTestId("toast").filter({ hasText: "Browser Sales EU was saved." }).waitFor();
    expect(await renamed.getByTestId("number-assignment").textContent()).toBe("Round-robin");

    await renamed.getByRole("button", { name: "Delete" }).click();
    const confirm = page.getByRole("dialog", { name: /Delete Browser Sales EU/ });
    await confirm.getByText("Its conversations stay readable").waitFor();
    await confirm.getByRole("button", { name: "Delete number" }).click();
    await renamed.waitFor({ state: "detached" });
    await page.getByTestId("toast").filter({ hasText: "Browser Sales EU was deleted." }).waitFor();
    expect(await page.getByRole("article", { name: "Demo Support" }).isVisible()).toBe(true);
  });

  it("the demo owner connects a Meta number and gets its callback URL and verify token", async () => {
    const page = await demoOwnerAtNumbers();
    await page.getByRole("button", { name: "Connect New Number" }).click();
    const dialog = page.getByRole("dialog", { name: "Connect New Number" });
    await dialog.getByLabel("Display Name").fill("Meta Line");
    await dialog.getByLabel("Meta Cloud API (legacy)").check();
    // 15 digits, as Graph's phone number ids (the sandbox's Graph knows those).
    await dialog.getByLabel("Phone Number ID").fill(String(Date.now()).padStart(15, "1"));
    await dialog.getByLabel("Access Token").fill("EAAGsandboxtokenfortests0123456789");
    await dialog.getByLabel("App Secret").fill("0123456789abcdef0123456789abcdef");
    await dialog.getByRole("button", { name: "Connect Number" }).click();

    await page.getByTestId("number-connected").waitFor();
    expect(await page.getByTestId("webhook-url").locator("input").inputValue()).toMatch(
      /\/webhooks\/meta\/\w+$/,
    );
    expect(await page.getByTestId("webhook-verify-token").locator("input").inputValue()).toMatch(
      /^[\w-]{24,}$/,
    );
    await page.getByRole("button", { name: "Done" }).click();
    const card = page.getByRole("article", { name: "Meta Line" });
    await card.waitFor();
    expect(await card.getByTestId("provider-badge").textContent()).toMatch(/Meta/);
    // What Graph answered for the id is shown.
    expect(await card.getByTestId("number-display-phone").textContent()).toMatch(
      /^\+1 555-\d{3}-\d{4} · Helios Sandbox$/,
    );
  });

  it("a Meta number saved without an App Secret says it needs one to receive messages", async () => {
    const page = await demoOwnerAtNumbers();
    await page.getByRole("button", { name: "Connect New Number" }).click();
    const dialog = page.getByRole("dialog", { name: "Connect New Number" });
    await dialog.getByLabel("Display Name").fill("Meta Unsigned");
    await dialog.getByLabel("Meta Cloud API (legacy)").check();
    await dialog.getByLabel("Phone Number ID").fill(String(Date.now()).padStart(15, "2"));
    await dialog.getByLabel("Access Token").fill("EAAGsandboxtokenfortests0123456789");
    await dialog.getByRole("button", { name: "Connect Number" }).click();
    await page.getByTestId("number-connected").waitFor();
    await page.getByRole("button", { name: "Done" }).click();
    const card = page.getByRole("article", { name: "Meta Unsigned" });
    await card.waitFor();
    expect(await card.getByTestId("app-secret-warning").textContent()).toMatch(
      /^Add the App Secret to receive messages/,
    );
  });

  it("the demo's own number is marked in the Twilio dropdown instead of offered again", async () => {
    const page = await demoOwnerAtNumbers();
    const demoAddress = (
      await page
        .getByRole("article", { name: "Demo Support" })
        .getByTestId("number-address")
        .textContent()
    )?.trim();
    await page.getByRole("button", { name: "Connect New Number" }).click();
    const dialog = page.getByRole("dialog", { name: "Connect New Number" });
    const option = dialog.getByLabel("Twilio number").locator(`option[value="${demoAddress}"]`);
    await option.waitFor({ state: "attached" });
    expect(await option.textContent()).toMatch(/already connected here$/);
    expect(await option.isDisabled()).toBe(true);
  });

  it("without Twilio the connect dialog says to connect it first and offers no Twilio number", async () => {
    const owner = await newTenant();
    const page = await suite.signedIn(owner.email, PASSWORD, `/app/${owner.slug}/whatsapp/numbers`);
    await page.getByRole("button", { name: "Connect New Number" }).click();
    const dialog = page.getByRole("dialog", { name: "Connect New Number" });
    const notice = dialog.getByTestId("twilio-numbers-notice");
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(
      /^Twilio is not connected: connect your Twilio account/,
    );
    expect(await notice.getByRole("link", { name: "Integrations" }).isVisible()).toBe(true);
    expect(await dialog.getByLabel("WhatsApp address").count()).toBe(0);
    expect(await dialog.getByRole("button", { name: "Connect Number" }).isDisabled()).toBe(true);
    // Meta needs no Twilio: choosing it enables connecting again.
    await dialog.getByLabel("Meta Cloud API (legacy)").check();
    expect(await dialog.getByRole("button", { name: "Connect Number" }).isDisabled()).toBe(false);
  });
});
