import { TwilioCredentials } from "@helios/contracts";
import * as Integrations from "@helios/core/integration/use-cases";
import { tenantRoute } from "../lib/handler";
import { jsonBody } from "../lib/request";
import { ok } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) =>
  ok(await Integrations.connectTwilio(actor, jsonBody(event, TwilioCredentials))),
);
