import { receiveMetaWebhook } from "@helios/core/webhook/meta";
import { publicRoute } from "../http/lib/handler";
import { pathParameter } from "../http/lib/request";
import { ok } from "../http/lib/response";

/** The signature covers the raw bytes Meta sent, so the body is never re-serialized before the check. */
export const handler = publicRoute(async ({ event }) => {
  const raw = event.body ?? "";
  await receiveMetaWebhook({
    numberId: pathParameter(event, "numberId"),
    rawBody: Buffer.from(raw, event.isBase64Encoded ? "base64" : "utf8"),
    signature: event.headers["x-hub-signature-256"],
  });
  return ok({ received: true });
});
