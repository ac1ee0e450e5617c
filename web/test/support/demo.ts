import type { Page } from "playwright-core";
import { expect, inject } from "vitest";
import { demoPassword } from "../session";

/** The demo tenant's Twilio number (other tests add numbers of their own to the phone's list). */
export async function demoNumberAddress(): Promise<string> {
  const post = await fetch(`${inject("baseUrl")}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "owner@demo.helios.local", password: demoPassword() }),
  });
  const { token } = (await post.json()) as { token: string };
  const numbers = await fetch(`${inject("baseUrl")}/api/t/demo/whatsapp/numbers`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const { items } = (await numbers.json()) as { items: { address?: string }[] };
  const address = items[0]?.address;
  if (!address) throw new Error("the demo tenant has no Twilio number");
  return address;
}

/** The sandbox phone in `page`, as customer `number` called `name`, writing to the demo number. */
export async function phoneToDemoNumber(page: Page, name: string, number: string) {
  await page.goto("/sandbox/phone");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Your number").fill(number);
  const numberSelect = page.getByLabel("Helios number");
  // The demo tenant's number: other tests add numbers of their own to the phone's list.
  const demoAddress = await demoNumberAddress();
  await expect
    .poll(() => numberSelect.locator(`option[value="${demoAddress}"]`).count(), {
      timeout: 10_000,
    })
    .toBe(1);
  await numberSelect.selectOption(demoAddress);
}

/** A customer writes from the sandbox phone (its JSON API), as the phone page does. */
export async function phoneSends(number: string, customer: string, text: string, name: string) {
  const response = await fetch(`${inject("baseUrl")}/sandbox/phone/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ type: "text", number, customer, name, text }),
  });
  expect(response.status).toBeLessThan(300);
}
