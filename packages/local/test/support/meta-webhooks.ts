import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { metaSignature } from "@helios/core/provider/meta/signature";
import { inject } from "vitest";
import type { TestTenant } from "./api";
import { metaNumber } from "./providers";

/** A Meta fixture's raw text (as Meta sends it, escapes included) for one phone number id. */
export const metaFixture = (name: string, phoneNumberId: string) =>
  readFileSync(new URL(`../fixtures/meta/${name}.json`, import.meta.url), "utf8").replaceAll(
    "PHONE_NUMBER_ID",
    phoneNumberId,
  );

/** A Meta number with an app secret, and a way to post deliveries signed as Meta signs them. */
export async function signedMetaNumber(tenant: TestTenant) {
  const appSecret = randomBytes(16).toString("hex");
  const number = await metaNumber(tenant, appSecret);
  const post = (raw: string) =>
    fetch(`${inject("baseUrl")}/webhooks/meta/${number.numberId}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-hub-signature-256": metaSignature(appSecret, raw),
      },
      body: raw,
    });
  /** A fixture with its messages' ids and times replaced (seconds since the epoch). */
  const postFixture = (name: string, edit?: (payload: MetaPayload) => void) => {
    const payload: MetaPayload = JSON.parse(metaFixture(name, number.phoneNumberId));
    edit?.(payload);
    return post(JSON.stringify(payload));
  };
  return { ...number, appSecret, post, postFixture };
}

export interface MetaPayload {
  entry: { changes: { value: Record<string, unknown> & MetaValue }[] }[];
}
interface MetaValue {
  messages?: Record<string, unknown>[];
  statuses?: Record<string, unknown>[];
  contacts?: Record<string, unknown>[];
}

/** Each message of a payload, to edit in place. */
export const messagesOf = (payload: MetaPayload) =>
  payload.entry.flatMap((entry) => entry.changes.flatMap((change) => change.value.messages ?? []));

export const newWamid = () => `wamid.${randomBytes(24).toString("base64")}`;
