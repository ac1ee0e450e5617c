import { TwilioCredentials } from "@helios/contracts";
import * as TwilioAccount from "@helios/core/integration/twilio-account";
import { tenantRoute } from "../lib/handler";
import { jsonBody } from "../lib/request";
import { ok } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) =>
  ok(await TwilioAccount.connectTwilio(actor, jsonBody(event, TwilioCredentials))),
);
