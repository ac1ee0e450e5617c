import { expect } from "vitest";
import { api, type TestTenant } from "./api";
import { newWamid, signedMetaNumber } from "./meta-webhooks";

export interface ListedTemplate {
  id: string;
  name: string;
  status: string;
  body: string;
  category: string;
  variables: string[];
}

export const templatesOf = (tenant: TestTenant, numberId: string, query = "") =>
  api(`/api/t/${tenant.slug}/whatsapp/numbers/${numberId}/templates${query}`, {
    token: tenant.token,
  });

/** One of the sandbox's templates of a number, by name. */
export async function templateNamed(tenant: TestTenant, numberId: string, name: string) {
  const res = await templatesOf(tenant, numberId);
  const found = (res.body.items as ListedTemplate[] | undefined)?.find((t) => t.name === name);
  if (!found) throw new Error(`no template ${name}: ${JSON.stringify(res.body)}`);
  return found;
}

/**
 * A Meta number with its business account id (templates need it) and a conversation whose
 * customer last wrote a year ago (the fixture's time): the 24-hour window is closed.
 */
export async function metaConversationWithClosedWindow(tenant: TestTenant) {
  const meta = await signedMetaNumber(tenant);
  const patched = await api(`/api/t/${tenant.slug}/whatsapp/numbers/${meta.numberId}`, {
    method: "PATCH",
    token: tenant.token,
    body: { businessAccountId: "102290129340398" },
  });
  if (patched.status !== 200) throw new Error(`PATCH number: ${JSON.stringify(patched.body)}`);
  const waId = `1650${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
  const posted = await meta.postFixture("messages-text", (payload) => {
    const value = payload.entry[0]?.changes[0]?.value;
    if (!value) throw new Error("fixture without a value");
    value.contacts = [{ profile: { name: "Sheena Nelson" }, wa_id: waId }];
    for (const message of value.messages ?? [])
      Object.assign(message, { from: waId, id: newWamid() });
  });
  if (posted.status !== 200) throw new Error(`webhook answered ${posted.status}`);
  let conversationId = "";
  await expect
    .poll(
      async () => {
        const list = await api(`/api/t/${tenant.slug}/whatsapp/conversations`, {
          token: tenant.token,
        });
        conversationId = list.body.items[0]?.id ?? "";
        return conversationId;
      },
      { timeout: 15_000, interval: 200 },
    )
    .not.toBe("");
  return { ...meta, waId, conversationId };
}
