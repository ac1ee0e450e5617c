import { routes } from "@helios/contracts/routes";
import * as TwilioAccount from "@helios/core/integration/twilio-account";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["integrations/connect-twilio"], ({ actor, body }) =>
  TwilioAccount.connectTwilio(actor, body),
);
