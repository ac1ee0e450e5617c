import { routes } from "@helios/contracts/routes";
import { issueTicket } from "@helios/core/realtime/tickets";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["realtime/ticket"], ({ actor, session }) =>
  issueTicket(actor, session),
);
