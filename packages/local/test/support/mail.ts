import { expect } from "vitest";
import { api } from "./api";

export interface SandboxMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  sentAt: string;
}

/** The mail sandbox's messages to an address, newest first. */
export async function mailsTo(to: string): Promise<SandboxMail[]> {
  const { status, body } = await api(`/_sandbox/mail?to=${encodeURIComponent(to)}`);
  if (status !== 200) throw new Error(`mail sandbox answered ${status}`);
  return body.items;
}

/** Waits for an e-mail to `to` whose subject matches, and returns the token of its web link. */
export async function linkTokenFromMail(
  to: string,
  subject: RegExp,
  page: "invite" | "verify-email" | "reset-password",
): Promise<string> {
  let token: string | undefined;
  await expect
    .poll(async () => {
      const mail = (await mailsTo(to)).find((m) => subject.test(m.subject));
      token = mail?.text.match(new RegExp(`/${page}/([\\w-]+)`))?.[1];
      return token;
    })
    .toBeDefined();
  return token as string;
}
