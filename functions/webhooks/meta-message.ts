import { webhookRoutes as routes } from "@helios/contracts/routes/webhooks";
import { receiveMetaWebhook } from "@helios/core/webhook/meta";
import { publicHandler } from "../http/lib/route";

/** The signature covers the raw bytes Meta sent, so the body is never re-serialized before the check. */
export const handler = publicHandler(routes["webhooks/meta-message"], async ({ event, params }) => {
  const raw = event.body ?? "";
  await receiveMetaWebhook({
    numberId: params.numberId,
    rawBody: Buffer.from(raw, event.isBase64Encoded ? "base64" : "utf8"),
    signature: event.headers["x-hub-signature-256"],
  });
  return { received: true };
});
