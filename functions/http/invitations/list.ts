import * as Invitations from "@helios/core/invitation/use-cases";
import { tenantRoute } from "../lib/handler";
import { ok } from "../lib/response";

export const handler = tenantRoute(async ({ actor }) =>
  ok({ items: await Invitations.list(actor) }),
);
