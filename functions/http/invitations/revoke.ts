import * as Invitations from "@helios/core/invitation/use-cases";
import { tenantRoute } from "../lib/handler";
import { pathParameter } from "../lib/request";
import { noContent } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) => {
  await Invitations.revoke(actor, pathParameter(event, "invitationId"));
  return noContent();
});
