import { StartConversationBody } from "@helios/contracts";
import { startConversation } from "@helios/core/template/start";
import { tenantRoute } from "../lib/handler";
import { jsonBody } from "../lib/request";
import { created } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) =>
  created(await startConversation(actor, jsonBody(event, StartConversationBody))),
);
