import { AddMemberBody } from "@helios/contracts";
import * as Members from "@helios/core/member/use-cases";
import { tenantRoute } from "../lib/handler";
import { jsonBody } from "../lib/request";
import { created } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) =>
  created(await Members.add(actor, jsonBody(event, AddMemberBody))),
);
