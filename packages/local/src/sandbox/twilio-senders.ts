import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { isHttpUrl, parseJson } from "./http";
import type { SandboxRegistry, TwilioSenderEntry } from "./registry";
import { derivedHex, type SandboxAccount, writeError, writeJson } from "./twilio-wire";

/**
 * The Senders API (`messaging.twilio.com/v2/Channels/Senders`): an account's WhatsApp senders, each
 * with its profile name and the webhook its inbound messages go to — where a business (or the demo
 * seed) tells Twilio the webhook URL Helios shows on the number.
 */
export const SENDERS_PATH = "/v2/Channels/Senders";

const WHATSAPP_ADDRESS = /^whatsapp:\+[1-9]\d{7,14}$/;

const HttpUrl = z.string().refine(isHttpUrl, "must be an http(s) URL");

const CreateSender = z.object({
  sender_id: z.string().regex(WHATSAPP_ADDRESS, "must be whatsapp:+E164"),
  profile: z
    .object({ name: z.string().trim().min(1).max(200) })
    .partial()
    .optional(),
  webhook: z
    .object({
      callback_url: HttpUrl,
      callback_method: z.literal("POST").optional(),
      status_callback_url: HttpUrl.optional(),
    })
    .optional(),
});

function senderJson(
  account: SandboxAccount,
  address: string,
  name: string,
  entry: TwilioSenderEntry | undefined,
  origin: string,
) {
  const sid = `XE${derivedHex(`sender:${account.sid}:${address.replace(/^whatsapp:/, "")}`)}`;
  return {
    sid,
    status: "ONLINE",
    sender_id: address,
    configuration: { waba_id: null, verification_method: "sms" },
    webhook: entry?.webhook
      ? { callback_url: entry.webhook.url, callback_method: "POST", fallback_url: null }
      : null,
    profile: { name: entry?.name ?? name },
    properties: { quality_rating: "HIGH", messaging_limit: "10K Customers/24hr" },
    offline_reasons: null,
    url: `${origin}${SENDERS_PATH}/${sid}`,
  };
}

/** The account's senders: its numbers, then the senders registered through this API. */
function sendersOf(registry: SandboxRegistry, account: SandboxAccount, origin: string) {
  const numbers = new Set(account.numbers.map((n) => `whatsapp:${n.phoneNumber}`));
  const registered = [...registry.twilioSenders].filter(
    ([address, entry]) => entry.accountSid === account.sid && !numbers.has(address),
  );
  return [
    ...account.numbers.map((n) => {
      const address = `whatsapp:${n.phoneNumber}`;
      return senderJson(
        account,
        address,
        n.friendlyName,
        registry.twilioSenders.get(address),
        origin,
      );
    }),
    ...registered.map(([address, entry]) => senderJson(account, address, address, entry, origin)),
  ];
}

export function handleSenders(
  registry: SandboxRegistry,
  account: SandboxAccount,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  body: Buffer,
): number {
  const origin = url.href.slice(0, url.href.indexOf(SENDERS_PATH));
  const method = req.method ?? "GET";
  if (method === "POST") {
    const parsed = CreateSender.safeParse(parseJson(body));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return writeError(res, 400, 20001, `Invalid ${issue?.path.join(".")}: ${issue?.message}`);
    }
    const { sender_id: address, profile, webhook } = parsed.data;
    const owner = registry.twilioSenders.get(address)?.accountSid;
    if (owner && owner !== account.sid) {
      return writeError(res, 409, 63100, `The sender ${address} belongs to another account`);
    }
    const entry = registry.put(registry.twilioSenders, address, {
      accountSid: account.sid,
      ...(profile?.name ? { name: profile.name } : {}),
      ...(webhook ? { webhook: { url: webhook.callback_url, refused: false } } : {}),
    });
    return writeJson(res, 201, senderJson(account, address, address, entry, origin));
  }
  if (method !== "GET") return writeError(res, 405, 20004, "Method not allowed");
  const channel = url.searchParams.get("Channel") ?? "";
  const senders = channel.toLowerCase() === "whatsapp" ? sendersOf(registry, account, origin) : [];
  const self = `${url.origin}${url.pathname}${url.search}`;
  return writeJson(res, 200, {
    senders,
    meta: {
      page: 0,
      page_size: senders.length,
      first_page_url: self,
      previous_page_url: null,
      url: self,
      next_page_url: null,
      key: "senders",
    },
  });
}
