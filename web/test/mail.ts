import { expect, inject } from "vitest";

interface SandboxMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  sentAt: string;
}

/** The newest e-mail to `to` in the local cloud's mail sandbox whose subject matches, once it arrives. */
export async function waitForMail(to: string, subject: RegExp): Promise<SandboxMail> {
  let found: SandboxMail | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(
          `${inject("baseUrl")}/_sandbox/mail?to=${encodeURIComponent(to)}`,
        );
        const { items } = (await response.json()) as { items: SandboxMail[] };
        found = items.find((mail) => subject.test(mail.subject));
        return found !== undefined;
      },
      { timeout: 15_000, interval: 250 },
    )
    .toBe(true);
  if (!found) throw new Error(`no e-mail to ${to}`);
  return found;
}

/**
 * The app path (path and query) of the first link in an e-mail's text that leads to `pathPrefix`
 * (`/invite/`), so the test opens it on its own local cloud whatever the public URL.
 */
export function linkIn(mail: SandboxMail, pathPrefix: string): string {
  for (const match of mail.text.matchAll(/https?:\/\/[^\s<>"')]+/g)) {
    const url = new URL(match[0]);
    if (url.pathname.startsWith(pathPrefix)) return `${url.pathname}${url.search}`;
  }
  throw new Error(`no ${pathPrefix} link in the e-mail: ${mail.text}`);
}
