import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "../browser";
import { demoPassword, newPage, signIn } from "../session";

/**
 * One headless browser for the test file, launched before its tests and closed after them;
 * `newPage()` opens a page in a fresh context (its own cookies and storage) on the test cloud.
 */
export function browserSuite() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const current = (): Browser => {
    if (!browser) throw new Error("The browser is launched in beforeAll: use it inside a test");
    return browser;
  };
  async function signedIn(email: string, password: string, path?: string) {
    const page = await newPage(current());
    await signIn(page, email, password);
    if (path !== undefined) await page.goto(path);
    return page;
  }
  return {
    browser: current,
    newPage: () => newPage(current()),
    /** A new page signed in as the demo tenant's owner, at its inbox. */
    demoOwner: () => signedIn("owner@demo.helios.local", demoPassword(), "/app/demo/whatsapp"),
    /** A new page signed in as this user, then at `path` if given. */
    signedIn,
  };
}
