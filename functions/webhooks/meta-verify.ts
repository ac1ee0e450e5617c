import { verifyMetaSubscription } from "@helios/core/webhook/meta";
import { publicRoute } from "../http/lib/handler";
import { pathParameter } from "../http/lib/request";

export const handler = publicRoute(async ({ event }) => {
  const challenge = await verifyMetaSubscription(
    pathParameter(event, "numberId"),
    event.queryStringParameters ?? {},
  );
  return { statusCode: 200, headers: { "content-type": "text/plain" }, body: challenge };
});
