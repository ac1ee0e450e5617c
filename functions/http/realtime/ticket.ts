import { issueTicket } from "@helios/core/realtime/tickets";
import { tenantRoute } from "../lib/handler";
import { ok } from "../lib/response";

export const handler = tenantRoute(async ({ actor, session }) =>
  ok(await issueTicket(actor, session)),
);
