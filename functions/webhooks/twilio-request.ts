import { env } from "@helios/core/config";
import type { TwilioWebhook } from "@helios/core/webhook/twilio";
import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { pathParameter } from "../http/lib/request";

/**
 * What a Twilio webhook's signature covers: the public URL Twilio called (PUBLIC_URL + path +
 * query, since a proxy or API Gateway sees another host) and every form parameter, unfiltered.
 */
export function twilioWebhook(event: APIGatewayProxyEventV2): TwilioWebhook {
  const raw = event.body ?? "";
  const text = event.isBase64Encoded ? Buffer.from(raw, "base64").toString("utf8") : raw;
  const params: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(text)) params[name] = value;
  const base = (env("PUBLIC_URL") ?? `https://${event.requestContext.domainName}`).replace(
    /\/+$/,
    "",
  );
  return {
    numberId: pathParameter(event, "numberId"),
    url: `${base}${event.rawPath}${event.rawQueryString ? `?${event.rawQueryString}` : ""}`,
    params,
    signature: event.headers["x-twilio-signature"],
  };
}

/** Twilio expects TwiML; an empty response sends nothing back to the customer. */
export const emptyTwiml = () => ({
  statusCode: 200,
  headers: { "content-type": "text/xml" },
  body: '<?xml version="1.0" encoding="UTF-8"?><Response/>',
});
