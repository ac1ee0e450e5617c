import { routes } from "@helios/contracts/routes";
import * as Invitations from "@helios/core/invitation/use-cases";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["invitations/revoke"], ({ actor, params }) =>
  Invitations.revoke(actor, params.invitationId),
);
