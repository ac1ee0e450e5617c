import { isHttpUrl } from "./http";

/** `POST /Accounts/{AC}/Messages.json`: its form, and Twilio's answers to what is missing or wrong. */

const WHATSAPP_ADDRESS = /^whatsapp:\+[1-9]\d{7,14}$/;
const PHONE = /^\+?[1-9]\d{7,14}$/;
/** A username customer's address: `whatsapp:` and their business-scoped user id. */
const USER_ID_ADDRESS = /^whatsapp:[A-Z]{2}\.[A-Za-z0-9.]{1,140}$/;
const CONTENT_SID = /^HX[0-9a-f]{32}$/i;
const MAX_BODY = 1600;
const MAX_MEDIA = 10;

export interface TwilioFailure {
  status: number;
  code: number;
  message: string;
}

export type CreateMessage = ReturnType<typeof readCreateMessage>;

export function readCreateMessage(body: Buffer) {
  const form = new URLSearchParams(body.toString("utf8"));
  return {
    to: form.get("To")?.trim() ?? "",
    from: form.get("From")?.trim() ?? "",
    text: form.get("Body") ?? "",
    mediaUrls: form.getAll("MediaUrl").filter((u) => u !== ""),
    contentSid: form.get("ContentSid")?.trim() ?? "",
    contentVariables: form.get("ContentVariables") ?? "",
    statusCallback: form.get("StatusCallback")?.trim() ?? "",
  };
}

const bad = (code: number, message: string): TwilioFailure => ({ status: 400, code, message });

/** What Twilio checks first: a recipient, a sender and something to send. */
export function missingField(input: CreateMessage): TwilioFailure | undefined {
  if (!input.to) return bad(21604, "A 'To' phone number is required.");
  if (!input.from) return bad(21603, "A 'From' phone number is required.");
  if (!input.text && input.mediaUrls.length === 0 && !input.contentSid) {
    return bad(21602, "Message body is required.");
  }
  return undefined;
}

/** Then each field's form; `invalidTo` is an address Twilio always refuses. */
export function invalidField(input: CreateMessage, invalidTo: string): TwilioFailure | undefined {
  const { to, from, text, mediaUrls, contentSid, statusCallback } = input;
  const toNumber = to.replace(/^whatsapp:/, "");
  const toUserId = USER_ID_ADDRESS.test(to);
  if (to === invalidTo || (!toUserId && !PHONE.test(toNumber))) {
    return bad(21211, `Invalid 'To' Phone Number: ${toNumber}`);
  }
  if (!WHATSAPP_ADDRESS.test(from)) return bad(21212, `Invalid 'From' Phone Number: ${from}`);
  if (!toUserId && !WHATSAPP_ADDRESS.test(to)) {
    return bad(21910, "Invalid From and To pair. From and To should be of the same channel");
  }
  if (text.length > MAX_BODY) {
    return bad(21617, "The concatenated message body exceeds the 1600 character limit");
  }
  if (mediaUrls.length > MAX_MEDIA || !mediaUrls.every(isHttpUrl)) {
    return bad(21620, "Invalid media URL(s)");
  }
  if (contentSid && !CONTENT_SID.test(contentSid)) return bad(21655, "The ContentSid is Invalid");
  if (statusCallback && !isHttpUrl(statusCallback)) {
    return bad(21609, "Invalid StatusCallback url");
  }
  return undefined;
}
