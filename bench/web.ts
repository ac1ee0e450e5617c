/**
 * The web app: the JavaScript a first visit downloads before it can render (gzip), and how many
 * message rows the DOM holds once the whole history of a long chat has been scrolled through.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { z } from "zod";
import type { BenchTenant } from "./client";

export interface WebFigures {
  initialJsGzipBytes: number;
  initialJsFiles: string[];
  chat: { messages: number; loaded: number; maxDomRows: number } | { skipped: string };
}

const dist = join(import.meta.dirname, "..", "web", "dist");

/** Entry scripts and their module preloads, as index.html lists them. */
export function initialJs(): { bytes: number; files: string[] } {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const files = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((match) => match[1] ?? "");
  const unique = [...new Set(files)];
  const bytes = unique.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(dist, file.replace(/^\//, "")))).length,
    0,
  );
  return { bytes, files: unique };
}

const BrowserScript = z.object({
  ensureChromium: z.custom<() => string>((value) => typeof value === "function"),
});

/** The Chromium the browser tests use: found, or installed the way `npm test` installs it. */
async function chromium(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const script = new URL("../scripts/ensure-browser.mjs", import.meta.url).href;
  return BrowserScript.parse(await import(script)).ensureChromium();
}

const MessagePage = z.object({ items: z.array(z.object({ id: z.string() })) });

export async function measureChatDom(
  baseUrl: string,
  chat: { tenant: BenchTenant; conversationId: string; messages: number },
): Promise<WebFigures["chat"]> {
  let executablePath: string;
  try {
    executablePath = await chromium();
  } catch (error) {
    return { skipped: error instanceof Error ? error.message : String(error) };
  }
  const playwright = await import("playwright-core");
  const browser = await playwright.chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const page = await browser.newPage({
      baseURL: baseUrl,
      viewport: { width: 1280, height: 900 },
    });
    const loadedIds = new Set<string>();
    page.on("response", async (response) => {
      if (!/\/messages\?/.test(response.url()) || !response.ok()) return;
      const page = MessagePage.safeParse(await response.json().catch(() => undefined));
      if (page.success) for (const item of page.data.items) loadedIds.add(item.id);
    });
    await page.goto("/login");
    await page.getByLabel("Email").fill(chat.tenant.email);
    await page.getByLabel("Password").fill(chat.tenant.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/app\//);
    await page.goto(`/app/${chat.tenant.slug}/whatsapp/${chat.conversationId}`);
    const rows = page.locator('[data-testid="message"]');
    const list = page.locator('[data-testid="message-list"]');
    await rows.first().waitFor();
    let maxDomRows = 0;
    const deadline = Date.now() + 60_000;
    let stalled = 0;
    while (loadedIds.size < chat.messages && Date.now() < deadline && stalled < 40) {
      const before = loadedIds.size;
      await list.hover();
      await page.mouse.wheel(0, -4_000);
      await page.waitForTimeout(150);
      maxDomRows = Math.max(maxDomRows, await rows.count());
      stalled = loadedIds.size === before ? stalled + 1 : 0;
    }
    maxDomRows = Math.max(maxDomRows, await rows.count());
    return { messages: chat.messages, loaded: loadedIds.size, maxDomRows };
  } finally {
    await browser.close();
  }
}
