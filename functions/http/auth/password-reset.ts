import { routes } from "@helios/contracts/routes";
import { requestPasswordReset } from "@helios/core/auth/password-reset";
import { publicHandler } from "../lib/route";

export const handler = publicHandler(routes["auth/password-reset"], ({ event, body }) =>
  requestPasswordReset(body.email, event.requestContext.http.sourceIp),
);
