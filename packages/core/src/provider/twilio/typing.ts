import { fromTwilioError } from "./api";
import { twilioMessagingBaseUrl } from "./base-url";
import { type TwilioCredentials, twilioClient } from "./client";

/**
 * Twilio's Typing Indicators resource for WhatsApp (`POST /v2/Indicators/Typing.json` on the
 * Messaging domain, public beta): marks the inbound message read and shows "typing…" until the
 * reply is delivered or 25 s pass.
 */
export async function sendTwilioTypingIndicator(
  credentials: TwilioCredentials,
  /** The inbound message's `SM…`/`MM…` SID. */
  messageSid: string,
): Promise<void> {
  const client = twilioClient(credentials);
  client.messaging.baseUrl = twilioMessagingBaseUrl().replace(/\/+$/, "");
  try {
    await client.messaging.v2.typingIndicator.create({
      channel: "whatsapp",
      messageId: messageSid,
    });
  } catch (error) {
    throw fromTwilioError(error);
  }
}
