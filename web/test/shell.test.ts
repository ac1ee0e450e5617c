import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { demoPassword } from "./session";
import { browserSuite } from "./support/suite";

const suite = browserSuite();

describe("the web shell", () => {
  it("a newcomer signs up and lands in the app shell, then signs out", async () => {
    const page = await suite.newPage();
    await page.goto("/signup");
    await page.getByLabel("Email").fill(`browser-${randomUUID().slice(0, 8)}@example.com`);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByLabel("Your name").fill("Bea Browser");
    await page.getByLabel("Workspace name").fill("Bea's Bakery");
    await page.getByRole("button", { name: "Create workspace" }).click();

    await page.waitForURL(/\/app\/bea-s-bakery[\w-]*\/whatsapp$/);
    await page.getByRole("heading", { name: "WhatsApp" }).waitFor();
    const nav = page.getByRole("navigation");
    for (const link of ["WhatsApp", "AI Agents", "Integrations", "Members"]) {
      expect(await nav.getByRole("link", { name: link }).isVisible()).toBe(true);
    }

    await nav.getByRole("link", { name: "Members" }).click();
    await page.getByTestId("member-row").filter({ hasText: "Bea Browser" }).waitFor();

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/login/);
  });

  it("the demo owner from the start banner signs in to the demo tenant", async () => {
    const page = await suite.signedIn("owner@demo.helios.local", demoPassword());
    expect(new URL(page.url()).pathname).toBe("/app/demo/whatsapp");
  });

  it("shows a 404 page for an unknown address", async () => {
    const page = await suite.newPage();
    await page.goto("/no/such/page");
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
  });
});
