import * as z from "@helios/contracts/zod";

/** The parts of an API Gateway event (HTTP or WebSocket) that can name a request. */
interface AnyApiEvent {
  rawPath?: string;
  body?: string | null;
  isBase64Encoded?: boolean;
  requestContext?: { requestId?: string };
}

const MetaIds = z.object({
  entry: z
    .array(
      z.object({
        changes: z.array(
          z.object({
            value: z.object({
              messages: z.optional(z.array(z.object({ id: z.string() }))),
              statuses: z.optional(z.array(z.object({ id: z.string() }))),
            }),
          }),
        ),
      }),
    )
    .check(z.minLength(1)),
});

/**
 * What ties a request's log lines together: on a webhook the provider's message id (Twilio's
 * MessageSid, the first message or status id of a Meta delivery), so a message can be followed from
 * the provider's console into the logs; otherwise API Gateway's request id.
 */
export function correlationIdOf(event: AnyApiEvent): string | undefined {
  const fallback = event.requestContext?.requestId;
  if (!event.rawPath?.startsWith("/webhooks/") || !event.body) return fallback;
  const text = event.isBase64Encoded
    ? Buffer.from(event.body, "base64").toString("utf8")
    : event.body;
  if (event.rawPath.startsWith("/webhooks/twilio/")) {
    const params = new URLSearchParams(text);
    return params.get("MessageSid") ?? params.get("SmsSid") ?? fallback;
  }
  try {
    const parsed = MetaIds.safeParse(JSON.parse(text));
    const value = parsed.success ? parsed.data.entry[0]?.changes[0]?.value : undefined;
    return value?.messages?.[0]?.id ?? value?.statuses?.[0]?.id ?? fallback;
  } catch {
    return fallback;
  }
}
