import { routes } from "@helios/contracts/routes";
import * as Invitations from "@helios/core/invitation/use-cases";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["invitations/create"], ({ actor, body }) =>
  Invitations.create(actor, body),
);
