import { routes } from "@helios/contracts/routes";
import { startConversation } from "@helios/core/template/start";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["conversations/start"], ({ actor, body }) =>
  startConversation(actor, body),
);
