import { PasswordResetBody } from "@helios/contracts";
import { requestPasswordReset } from "@helios/core/auth/password-reset";
import { publicRoute } from "../lib/handler";
import { jsonBody } from "../lib/request";
import { json } from "../lib/response";

export const handler = publicRoute(async ({ event }) =>
  json(
    202,
    await requestPasswordReset(
      jsonBody(event, PasswordResetBody).email,
      event.requestContext.http.sourceIp,
    ),
  ),
);
