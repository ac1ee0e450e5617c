import type { Page } from "playwright-core";
import { api, newTenant } from "../../../packages/local/test/support/api";
import { twilioNumber } from "../../../packages/local/test/support/providers";
import {
  newMessageSid,
  postTwilio,
  twilioFixture,
} from "../../../packages/local/test/support/twilio-webhooks";

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** A fresh workspace with a Twilio number whose AI is off for its customers' conversations. */
export async function inboxWorkspace() {
  const owner = await newTenant();
  const number = await twilioNumber(owner);
  let customers = 0;
  /** A customer called `name` writes `text`; answers the conversation's id. */
  const customerWrites = async (name: string, text: string): Promise<string> => {
    customers += 1;
    const from = `whatsapp:+1555${String(Date.now()).slice(-6)}${customers}`;
    const params = { MessageSid: newMessageSid(), From: from, ProfileName: name, Body: text };
    const posted = await postTwilio(
      `/webhooks/twilio/${number.numberId}`,
      twilioFixture("inbound-text", params),
      number.authToken,
    );
    if (posted.status !== 200) throw new Error(`inbound failed: ${posted.status}`);
    const list = await api(`/api/t/${owner.slug}/whatsapp/conversations?limit=100`, {
      token: owner.token,
    });
    const found = list.body.items.find(
      (item: { customer: { address: string } }) => item.customer.address === from,
    );
    if (!found) throw new Error(`no conversation for ${name}`);
    // The AI stays out of it: the list's last messages are the customers' own.
    await api(`/api/t/${owner.slug}/whatsapp/conversations/${found.id}`, {
      method: "PATCH",
      token: owner.token,
      body: { aiActive: false },
    });
    return found.id as string;
  };
  return { owner, number, customerWrites };
}

export const rows = (page: Page) => page.getByTestId("conversation-row");
export const row = (page: Page, name: string) => rows(page).filter({ hasText: name });

/** Nothing scrolls sideways: the page is no wider than the window. */
export const noSideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
