import * as TwilioAccount from "@helios/core/integration/twilio-account";
import { tenantRoute } from "../lib/handler";
import { ok } from "../lib/response";

export const handler = tenantRoute(async ({ actor }) =>
  ok({ items: await TwilioAccount.twilioNumbers(actor) }),
);
