import { requireEnv } from "../config";
import { openSecret } from "../crypto/secret-box";
import { twilioNotConnected } from "../integration/errors";
import type { TwilioIntegrationItem } from "../integration/integration";
import { credentialsOf, twilioCredentials } from "../integration/repository";
import { type NumberItem, secretContext } from "../number/number";
import { sendMetaTemplate, sendMetaText } from "../provider/meta/api";
import { sendTwilioMessage } from "../provider/twilio/api";
import type { MessageItem, TemplateSend } from "./message";

/** What goes to the customer: a text, or an approved template (its text is the filled body). */
export interface OutboundContent {
  text: string;
  template?: TemplateSend;
}

/** A stored outbound message as what to send (again, on a retry). */
export function contentOf(message: MessageItem): OutboundContent {
  if (message.kind !== "template" || !message.template || !message.templateSend) {
    return { text: message.text };
  }
  return {
    text: message.text,
    template: { ...message.template, ...message.templateSend },
  };
}

/** Sends one message to a customer through a number's provider; resolves to the provider's message id. */
export type Sender = (customerAddress: string, content: OutboundContent) => Promise<string>;

/**
 * The number's way out, with its credentials checked first, so that a send which cannot even start
 * (Twilio disconnected) is refused before anything is stored. A template goes as Twilio's
 * `ContentSid` + `ContentVariables`, or Meta's `type: "template"`: never as free text, which
 * WhatsApp refuses outside the 24-hour window.
 */
export async function senderOf(
  number: NumberItem,
  /** The tenant's Twilio integration when already read with the number (`sendingContext`). */
  preloaded?: { twilio: TwilioIntegrationItem | undefined },
): Promise<Sender> {
  if (number.provider === "twilio") {
    const credentials = preloaded
      ? await credentialsOf(number.tenantId, preloaded.twilio)
      : await twilioCredentials(number.tenantId);
    if (!credentials) throw twilioNotConnected();
    const statusCallback = `${requireEnv("PUBLIC_URL").replace(/\/+$/, "")}/webhooks/twilio/${number.id}/status`;
    return async (to, { text, template }) => {
      const sent = await sendTwilioMessage(credentials, {
        from: number.address ?? "",
        to,
        statusCallback,
        ...(template
          ? { contentSid: template.id, contentVariables: template.variables }
          : { body: text }),
      });
      return sent.sid;
    };
  }
  const accessToken = await openSecret(
    number.accessTokenSealed ?? "",
    secretContext(number.id, "accessToken"),
  );
  const phoneNumberId = number.phoneNumberId ?? "";
  return async (address, { text, template }) => {
    const to = address.replace(/^whatsapp:\+/, "");
    const sent = template
      ? await sendMetaTemplate({ phoneNumberId, accessToken, to, ...template })
      : await sendMetaText({ phoneNumberId, accessToken, to, text });
    return sent.messageId;
  };
}
