import { CreateNumberBody } from "@helios/contracts";
import * as Numbers from "@helios/core/number/use-cases";
import { tenantRoute } from "../lib/handler";
import { jsonBody } from "../lib/request";
import { created } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) =>
  created(await Numbers.create(actor, jsonBody(event, CreateNumberBody))),
);
