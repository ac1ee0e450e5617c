import { webhookRoutes as routes } from "@helios/contracts/routes/webhooks";
import { verifyMetaSubscription } from "@helios/core/webhook/meta";
import { publicHandler } from "../http/lib/route";

export const handler = publicHandler(routes["webhooks/meta-verify"], async ({ event, params }) => {
  const challenge = await verifyMetaSubscription(
    params.numberId,
    event.queryStringParameters ?? {},
  );
  return { statusCode: 200, headers: { "content-type": "text/plain" }, body: challenge };
});
