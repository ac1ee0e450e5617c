import { CreateInvitationBody } from "@helios/contracts";
import * as Invitations from "@helios/core/invitation/use-cases";
import { tenantRoute } from "../lib/handler";
import { jsonBody } from "../lib/request";
import { created } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) =>
  created(await Invitations.create(actor, jsonBody(event, CreateInvitationBody))),
);
