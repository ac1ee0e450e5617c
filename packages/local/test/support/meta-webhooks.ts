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

/** Posts a delivery's raw text to a Meta number's webhook, signed with the app secret as Meta signs. */
export const postMeta = (numberId: string, appSecret: string, raw: string) =>
  fetch(`${inject("baseUrl")}/webhooks/meta/${numberId}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-hub-signature-256": metaSignature(appSecret, raw),
    },
    body: raw,
  });

/**
 * A delivery as Meta sends it: one entry with one `messages` change for the phone number id, whose
 * value carries `value` (contacts, messages, statuses) after the product and metadata.
 */
export const metaDelivery = (
  phoneNumberId: string,
  value: Record<string, unknown>,
  displayPhoneNumber = "15550783881",
) => ({
  object: "whatsapp_business_account",
  entry: [
    {
      id: "102290129340398",
      changes: [
        {
          field: "messages",
          value: {
            messaging_product: "whatsapp",
            metadata: { display_phone_number: displayPhoneNumber, phone_number_id: phoneNumberId },
            ...value,
          },
        },
      ],
    },
  ],
});

/** A Meta number with an app secret, and a way to post deliveries signed as Meta signs them. */
export async function signedMetaNumber(tenant: TestTenant) {
  const appSecret = randomBytes(16).toString("hex");
  const number = await metaNumber(tenant, appSecret);
  const post = (raw: string) => postMeta(number.numberId, appSecret, raw);
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
