import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { inject } from "vitest";

/** The demo owner's password, as the start banner prints it (generated into the data folder). */
export const demoPassword = (): string =>
  JSON.parse(readFileSync(join(inject("localCloudDataDir"), "local-secrets.json"), "utf8"))
    .demoPassword;

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: inject("baseUrl") });
  return context.newPage();
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/app\//);
}
