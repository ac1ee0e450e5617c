import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { twilioSignature } from "@helios/core/provider/twilio/signature";
import { inject } from "vitest";

/** A Twilio payload from the fixtures (real parameter sets from Twilio's documentation). */
export function twilioFixture(
  name: string,
  overrides: Record<string, string> = {},
): Record<string, string> {
  const params: Record<string, string> = JSON.parse(
    readFileSync(new URL(`../fixtures/twilio/${name}.json`, import.meta.url), "utf8"),
  );
  return { ...params, ...overrides };
}

export const newMessageSid = () => `SM${randomBytes(16).toString("hex")}`;

/** A WhatsApp status callback's parameters, as Twilio posts them for a message. */
export const statusCallback = (
  sid: string,
  MessageStatus: string,
  extra: Record<string, string> = {},
) => ({
  MessageSid: sid,
  SmsSid: sid,
  MessageStatus,
  SmsStatus: MessageStatus,
  ChannelPrefix: "whatsapp",
  ApiVersion: "2010-04-01",
  ...extra,
});

/** Posts a webhook signed the way Twilio signs it: over the public URL and the sorted params. */
export async function postTwilio(
  path: string,
  params: Record<string, string>,
  authToken: string,
  signatureOverride?: string,
) {
  const response = await signedTwilioPost(
    `${inject("baseUrl")}${path}`,
    params,
    authToken,
    signatureOverride,
  );
  return {
    status: response.status,
    body: await response.text(),
    contentType: response.headers.get("content-type"),
  };
}

/** Posts form parameters to a full URL, signed the way Twilio signs (unless a signature is given). */
export const signedTwilioPost = (
  url: string,
  params: Record<string, string>,
  authToken: string,
  signatureOverride?: string,
) =>
  fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-twilio-signature": signatureOverride ?? twilioSignature(authToken, url, params),
    },
    body: new URLSearchParams(params).toString(),
  });
